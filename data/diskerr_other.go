//go:build !windows

package data

import "syscall"

var diskFullErrnos = []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT}
