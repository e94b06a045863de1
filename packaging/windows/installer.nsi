; Sổ Công đoàn — per-user Windows installer (no administrator rights needed).
; Built by scripts/package.sh: makensis -DVERSION=x.y.z -DEXE=path -DICON=path -DOUT=path installer.nsi
; Installs into %LOCALAPPDATA%\Programs\SoCongDoan. The data stays in %APPDATA%\SoCongDoan
; (os.UserConfigDir), which neither an upgrade nor the uninstaller ever touches.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!define APPNAME "Sổ Công đoàn"
!define APPKEY "SoCongDoan"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "${APPNAME} ${VERSION}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
InstallDirRegKey HKCU "Software\${APPKEY}" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APPNAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Sổ Công đoàn"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\SoCongDoan.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APPNAME}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

Section "Sổ Công đoàn" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade overwrites the program only; the data folder is elsewhere.
  File "/oname=SoCongDoan.exe" "${EXE}"
  File "/oname=icon.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\GoCaiDat.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\SoCongDoan.exe" "" "$INSTDIR\icon.ico"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Gỡ cài đặt ${APPNAME}.lnk" "$INSTDIR\GoCaiDat.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\SoCongDoan.exe" "" "$INSTDIR\icon.ico"
  WriteRegStr HKCU "Software\${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "Sổ Công đoàn"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\icon.ico"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\GoCaiDat.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer put there: never the data in %APPDATA%\SoCongDoan.
  Delete "$INSTDIR\SoCongDoan.exe"
  Delete "$INSTDIR\icon.ico"
  Delete "$INSTDIR\GoCaiDat.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\Gỡ cài đặt ${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPKEY}"
SectionEnd
