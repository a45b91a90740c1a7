; Inno Setup 6.3+ script: installs the PyInstaller onedir bundle (dist\ftpwizard\) as "FTP 연결 진단" (Korean)
; or "FTP Wizard" (English): the name on the Start menu, the desktop and in Apps follows the setup language.
; Saved as UTF-8 with a BOM so that Inno Setup reads the Korean messages as Unicode.
;
; Built by `py installer\build.py --mode both --installer` on Windows, which runs:
;   ISCC.exe /DAppVersion=<version from pyproject.toml> /DAppVersionNumeric=<the same as four numbers, e.g. 0.2.0.1>
;            /DBundleDir=<repo>\dist\ftpwizard /O<repo>\dist\installer installer\windows\ftpwizard.iss
; Output: dist\installer\ftpwizard-<version>-setup.exe. (Not produced on Linux: Inno Setup is a Windows program.)

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 ... (installer\build.py reads it from pyproject.toml)
#endif
#ifndef AppVersionNumeric
  ; VersionInfoVersion takes only numbers (a.b.c.d): "0.2.0rc1" stops the compiler.
  #error Pass the version as four numbers too: ISCC /DAppVersionNumeric=0.1.0.0 ... (installer\build.py does)
#endif
#ifndef BundleDir
  ; Default: the onedir bundle that installer\build.py leaves in dist\.
  #define BundleDir "..\..\dist\ftpwizard"
#endif
; The folder name stays ASCII and the same in every language (upgrades find it; scripts can rely on it).
#define AppDirName "FTP Wizard"
#define AppExeName "ftpwizard.exe"

[Setup]
; The AppId identifies the program to Windows across versions (upgrades, uninstall): never change it.
AppId={{6C0F3B8E-2D47-4A5B-9E61-F7A4C2D95B13}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher=ftpwizard
VersionInfoVersion={#AppVersionNumeric}
; Per-user install by default: customers on a locked-down PC (or a support session) often have no admin
; rights. The dialog still offers "install for all users" to those who do.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppDirName}
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
; The bundle is 64-bit Python and Qt.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\ftpwizard.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={cm:AppName}
OutputBaseFilename=ftpwizard-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ask for the language only when Windows' own language is neither Korean nor English.
ShowLanguageDialog=auto
; A running copy would keep its files locked: ask to close it on upgrade and uninstall.
CloseApplications=yes

[Languages]
; Korean.isl ships with Inno Setup 6.3 and later.
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; The program's one title (docs/glossary-ko.md): the window says "FTP 연결 진단", so do the shortcuts.
korean.AppName=FTP 연결 진단
english.AppName=FTP Wizard

[Tasks]
; Desktop shortcut on by default: our customers start programs from the desktop.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole onedir bundle: ftpwizard.exe (windowed), ftpwizard-cli.exe (console twin for `probe`,
; `clients`, `--self-test`) and _internal\ with Python, Qt and resources.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries whole, so files dropped by a newer version do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{group}\{cm:UninstallProgram,{cm:AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent
