; Windows installer of Dalpak (Inno Setup 6). Build the application folder first on Windows
; (bash installer/build.sh, or: python installer/make_icon.py build/icon &&
;  python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller installer/dalpak.spec),
; then: iscc installer/dalpak.iss   ->  dist/dalpak-<version>-setup.exe
;
; Per-machine install in Program Files with a Start-menu entry and an uninstaller. The data
; folder (the station's database, in the user's AppData) and the settings are never touched by
; the uninstaller: a reinstall finds the station as it was.
; Unattended: dalpak-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES, then
;   "C:\Program Files\Dalpak\dalpak-cli.exe" setup --council-name ... --standalone ...

#define AppName "Dalpak"
#define AppVersion "0.1.0"
#define Root ".."

[Setup]
AppId={{6B7C9E52-3F0A-4C1D-9E7B-2D5A8F41C0D7}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Dalpak
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=dalpak-{#AppVersion}-setup
SetupIconFile={#Root}\build\icon\dalpak.ico
UninstallDisplayIcon={app}\dalpak.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
DisableProgramGroupPage=yes

[Languages]
Name: "hebrew"; MessagesFile: "compiler:Languages\Hebrew.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\dalpak\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\דלפק"; Filename: "{app}\dalpak.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,דלפק}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\דלפק"; Filename: "{app}\dalpak.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\dalpak.exe"; Description: "{cm:LaunchProgram,דלפק}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: only the files installed above are removed. The station's
; database and settings (%LOCALAPPDATA%\Dalpak of the user who works at the counter) stay for
; the next install.
