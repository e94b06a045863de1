/* processprng.c — TEST-ONLY shim for running SoCongDoan.exe under Wine 8 (Debian 12) in CI.
 * Go >= 1.22 asks bcryptprimitives.dll for ProcessPrng, which Wine 8 lacks; this DLL exports
 * it, filling the buffer from advapi32's SystemFunction036 (RtlGenRandom). It is copied into
 * the Wine prefix's system32 by scripts/wine-smoke.sh and is never shipped to chairs. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
	while (len > 0) {
		ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, chunk)) return FALSE;
		data += chunk;
		len -= chunk;
	}
	return TRUE;
}
