package data

import "syscall"

// ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL.
var diskFullErrnos = []syscall.Errno{39, 112}
