/* xwait — a test tool for the speed scripts (scripts/latency.sh, scripts/firstframe.sh):
 * watches a rectangle of the X screen and prints when its pixels change.
 *   xwait X Y W H TIMEOUT_MS [COMMAND ARGS...]
 * Grabs the rectangle, prints "ready" (when no COMMAND), or starts COMMAND, then polls
 * every 2 ms; prints "START END" (seconds since the epoch, nanosecond precision):
 * START just before COMMAND was started (or the grab), END the first poll that saw a
 * change, then COMMAND's process id (so the caller can end exactly that process) and
 * the CPU seconds it had used at END. With XWAIT_SETTLE_MS=N it goes on until the rectangle has not changed for N ms
 * after COMMAND ended, and prints "START COMMAND_END LAST_CHANGE" (a fast typist's wait
 * after the last key). Exits 1 on timeout. Polling the screen itself, not the app's own log, is what
 * makes the figure "keystroke to screen". Built by the scripts with gcc -lX11. */
#define _POSIX_C_SOURCE 200809L
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>

static double now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t grab(Display *d, int x, int y, int w, int h) {
	XImage *img = XGetImage(d, DefaultRootWindow(d), x, y, w, h, AllPlanes, ZPixmap);
	if (!img) { fprintf(stderr, "xwait: XGetImage failed\n"); exit(2); }
	uint64_t hash = 1469598103934665603ULL; /* FNV-1a */
	size_t n = (size_t)img->bytes_per_line * img->height;
	for (size_t i = 0; i < n; i++) { hash ^= (unsigned char)img->data[i]; hash *= 1099511628211ULL; }
	XDestroyImage(img);
	return hash;
}

/* cpu is the CPU time (user + system, seconds) process pid has used so far, all its
 * threads; 0 when there is no such process. The first-frame script reads it at the
 * moment of the change: the work done for that frame, whatever the machine's load. */
static double cpu(pid_t pid) {
	char path[64], buf[1024];
	if (pid <= 0) return 0;
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	int fd = open(path, O_RDONLY);
	if (fd < 0) return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0) return 0;
	buf[n] = 0;
	char *p = strrchr(buf, ')'); /* the command name may hold spaces */
	if (!p) return 0;
	unsigned long ut = 0, st = 0;
	/* after ")": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime */
	if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) != 2) return 0;
	return (double)(ut + st) / sysconf(_SC_CLK_TCK);
}

int main(int argc, char **argv) {
	if (argc < 6) { fprintf(stderr, "usage: xwait X Y W H TIMEOUT_MS [COMMAND ARGS...]\n"); return 2; }
	int x = atoi(argv[1]), y = atoi(argv[2]), w = atoi(argv[3]), h = atoi(argv[4]);
	double timeout = atoi(argv[5]) / 1000.0;
	Display *d = XOpenDisplay(NULL);
	if (!d) { fprintf(stderr, "xwait: no display\n"); return 2; }
	uint64_t base = grab(d, x, y, w, h);
	double start = now();
	pid_t pid = 0;
	if (argc > 6) {
		pid = fork();
		if (pid == 0) { /* our stdout is the caller's pipe: the command must not hold it open */
			dup2(2, 1);
			execvp(argv[6], argv + 6);
			_exit(127);
		}
	} else {
		printf("ready\n");
		fflush(stdout);
	}
	struct timespec ms = {0, 2000000};
	const char *settle_env = getenv("XWAIT_SETTLE_MS");
	if (settle_env && argc > 6) {
		double settle = atoi(settle_env) / 1000.0, ended = 0, last = 0;
		while (now() - start < timeout) {
			if (!ended && waitpid(-1, NULL, WNOHANG) > 0) ended = now();
			uint64_t h2 = grab(d, x, y, w, h);
			if (h2 != base) { base = h2; last = now(); }
			if (ended && now() - ended > settle && (last == 0 || now() - last > settle)) {
				if (last == 0) { fprintf(stderr, "xwait: the screen never changed\n"); return 1; }
				printf("%.6f %.6f %.6f\n", start, ended, last);
				return 0;
			}
			nanosleep(&ms, NULL);
		}
		fprintf(stderr, "xwait: did not settle within %.1f s\n", timeout);
		return 1;
	}
	while (now() - start < timeout) {
		if (grab(d, x, y, w, h) != base) {
			double end = now();
			printf("%.6f %.6f %d %.3f\n", start, end, (int)pid, cpu(pid));
			return 0;
		}
		nanosleep(&ms, NULL);
	}
	fprintf(stderr, "xwait: no change within %.1f s\n", timeout);
	return 1;
}
