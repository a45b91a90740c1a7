<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ProgramOutcome</name>
    <message>
        <source>works</source>
        <translation>작동</translation>
    </message>
    <message>
        <source>will fail</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cannot work</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>probably works</source>
        <translation>작동할 것으로 보임</translation>
    </message>
    <message>
        <source>will probably fail</source>
        <translation>실패할 것으로 보임</translation>
    </message>
    <message>
        <source>probably cannot work</source>
        <translation>사용 불가로 보임</translation>
    </message>
    <message>
        <source>Your FTP programs</source>
        <translation>내 FTP 프로그램</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>바꿀 설정</translation>
    </message>
    <message>
        <source>No known FTP program was found on this PC.</source>
        <translation>내 PC에서 알려진 FTP 프로그램을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>passive mode</source>
        <translation>패시브 모드</translation>
    </message>
    <message>
        <source>active mode</source>
        <translation>액티브 모드</translation>
    </message>
    <message>
        <source>the program's default</source>
        <translation>프로그램 기본값</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>{mode}, the program's default</source>
        <translation>{mode}, 프로그램 기본값</translation>
    </message>
    <message>
        <source>{setting} ({scope})</source>
        <translation>{setting}({scope})</translation>
    </message>
    <message>
        <source>saved site for this server</source>
        <translation>이 서버의 저장된 사이트</translation>
    </message>
    <message>
        <source>for all servers</source>
        <translation>모든 서버 공통</translation>
    </message>
    <message>
        <source>Your PC's firewall or router blocks active mode.</source>
        <translation>내 PC의 방화벽이나 공유기가 액티브 모드를 막고 있습니다.</translation>
    </message>
    <message>
        <source>Active mode cannot work from behind your router.</source>
        <translation>공유기 안쪽의 PC에서는 액티브 모드가 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>This server does not allow active mode.</source>
        <translation>이 서버는 액티브 모드를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The server's firewall blocks passive mode.</source>
        <translation>서버 방화벽이 패시브 모드를 막고 있습니다.</translation>
    </message>
    <message>
        <source>This server refuses passive mode.</source>
        <translation>이 서버는 패시브 모드를 거부합니다.</translation>
    </message>
    <message>
        <source>In passive mode the server names an address your PC cannot use, and the program connects to it.</source>
        <translation>패시브 모드에서 서버가 내 PC에서 쓸 수 없는 주소를 알려 주고, 해당 FTP 프로그램은 그 주소로 접속하려 합니다.</translation>
    </message>
    <message>
        <source>This server's EPSV port is blocked; the PASV command works.</source>
        <translation>이 서버에서는 EPSV 명령이 알려 주는 포트가 막혀 있고, PASV 명령은 작동합니다.</translation>
    </message>
    <message>
        <source>This server's PASV port is blocked; the EPSV command works.</source>
        <translation>이 서버에서는 PASV 명령이 알려 주는 포트가 막혀 있고, EPSV 명령은 작동합니다.</translation>
    </message>
    <message>
        <source>This server refuses the EPSV command.</source>
        <translation>이 서버는 EPSV 명령을 거부합니다.</translation>
    </message>
    <message>
        <source>This server accepts a secure data connection only when it resumes the command connection's TLS session.</source>
        <translation>이 서버는 데이터 연결이 명령 포트(21번) 접속의 보안 세션(TLS)을 이어 쓸 때만 허용합니다.</translation>
    </message>
    <message>
        <source>This server allows only {limit} connections at once from your PC.</source>
        <translation>이 서버는 내 PC에서 동시에 {limit}개까지만 접속을 허용합니다.</translation>
    </message>
    <message>
        <source>The file names on this server are not in UTF-8 but in {encoding}.</source>
        <translation>이 서버의 파일 이름은 UTF-8 문자셋이 아니라 다음 문자셋입니다: {encoding}.</translation>
    </message>
    <message>
        <source>Some lines of this server's file list are in a format programs may not read.</source>
        <translation>이 서버의 파일 목록 중 일부 줄은 FTP 프로그램이 읽지 못할 수 있는 형식입니다.</translation>
    </message>
    <message>
        <source>The probe result {path} was not found.</source>
        <translation>검사 결과 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>The probe result {path} could not be read ({detail}).</source>
        <translation>검사 결과 파일을 읽을 수 없습니다: {path}. 이유: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a probe result: save one with ftpwizard probe HOST --json &gt; PROBE.json, or a JSON report.</source>
        <translation>검사 결과 파일이 아닙니다: {path}. ftpwizard probe HOST --json &gt; PROBE.json 명령으로 저장한 파일이나 JSON 보고서를 지정하세요.</translation>
    </message>
    <message>
        <source>Its setting for this server could not be read.</source>
        <translation>이 서버에 대한 설정을 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>your {program}</source>
        <translation>내 PC의 {program}</translation>
    </message>
    <message>
        <source>{program} (not on this PC)</source>
        <translation>{program}(내 PC에 없음)</translation>
    </message>
    <message>
        <source>{who} will work here.</source>
        <translation>{who}에서 이 서버를 그대로 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>{who} will probably work here.</source>
        <translation>{who}에서 이 서버를 그대로 쓸 수 있을 것으로 보입니다.</translation>
    </message>
    <message>
        <source>{who} is set to passive mode: it will fail here.</source>
        <translation>{who} 설정이 패시브 모드라서 이 서버에서는 실패합니다.</translation>
    </message>
    <message>
        <source>{who} is set to active mode: it will fail here.</source>
        <translation>{who} 설정이 액티브 모드라서 이 서버에서는 실패합니다.</translation>
    </message>
    <message>
        <source>{who} uses passive mode, its default: it will fail here.</source>
        <translation>{who} 기본 설정인 패시브 모드로는 이 서버에서 실패합니다.</translation>
    </message>
    <message>
        <source>{who} uses active mode, its default: it will fail here.</source>
        <translation>{who} 기본 설정인 액티브 모드로는 이 서버에서 실패합니다.</translation>
    </message>
    <message>
        <source>{who} is set to passive mode: it will probably fail here.</source>
        <translation>{who} 설정이 패시브 모드라서 이 서버에서는 실패할 것으로 보입니다.</translation>
    </message>
    <message>
        <source>{who} is set to active mode: it will probably fail here.</source>
        <translation>{who} 설정이 액티브 모드라서 이 서버에서는 실패할 것으로 보입니다.</translation>
    </message>
    <message>
        <source>{who} uses passive mode, its default: it will probably fail here.</source>
        <translation>{who} 기본 설정인 패시브 모드로는 이 서버에서 실패할 것으로 보입니다.</translation>
    </message>
    <message>
        <source>{who} uses active mode, its default: it will probably fail here.</source>
        <translation>{who} 기본 설정인 액티브 모드로는 이 서버에서 실패할 것으로 보입니다.</translation>
    </message>
    <message>
        <source>{who} will fail here.</source>
        <translation>{who}에서는 이 서버의 파일 목록을 받지 못합니다.</translation>
    </message>
    <message>
        <source>{who} will probably fail here.</source>
        <translation>{who}에서는 이 서버의 파일 목록을 받지 못할 것으로 보입니다.</translation>
    </message>
    <message>
        <source>{who} cannot work here.</source>
        <translation>{who}에서는 어떤 설정으로도 이 서버를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>{who} probably cannot work here.</source>
        <translation>{who}에서는 어떤 설정으로도 이 서버를 쓸 수 없을 것으로 보입니다.</translation>
    </message>
    <message>
        <source>Whether {who} works here cannot be told.</source>
        <translation>{who}에서 이 서버를 쓸 수 있는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Use File Explorer or FileZilla instead: they can use passive mode.</source>
        <translation>대신 파일 탐색기나 FileZilla를 사용하세요. 두 프로그램은 패시브 모드를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Use FileZilla instead: it can use active mode.</source>
        <translation>대신 FileZilla를 사용하세요. FileZilla는 액티브 모드를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Switch it to passive mode.</source>
        <translation>패시브 모드로 바꾸세요.</translation>
    </message>
    <message>
        <source>Switch it to active mode.</source>
        <translation>액티브 모드로 바꾸세요.</translation>
    </message>
    <message>
        <source>Turn EPSV off.</source>
        <translation>EPSV를 끄세요.</translation>
    </message>
    <message>
        <source>Turn EPSV on.</source>
        <translation>EPSV를 켜세요.</translation>
    </message>
    <message>
        <source>Set its character set for file names to {encoding}.</source>
        <translation>파일 이름 문자셋을 다음으로 바꾸세요: {encoding}.</translation>
    </message>
    <message>
        <source>Limit it to {limit} connections at once.</source>
        <translation>동시 접속 수를 {limit}개 이하로 줄이세요.</translation>
    </message>
    <message>
        <source>Change its setting {setting} to {value}.</source>
        <translation>다음 설정의 값을 바꾸세요: {setting} → {value}.</translation>
    </message>
    <message>
        <source>Switch {program} to passive mode.</source>
        <translation>{program}에서 패시브 모드로 바꾸세요.</translation>
    </message>
    <message>
        <source>Switch {program} to active mode.</source>
        <translation>{program}에서 액티브 모드로 바꾸세요.</translation>
    </message>
    <message>
        <source>Turn EPSV off in curl: add the line disable-epsv to your .curlrc, or add --disable-epsv to the command.</source>
        <translation>curl에서 EPSV를 끄세요: .curlrc 파일에 disable-epsv 한 줄을 넣거나, 명령에 --disable-epsv를 붙이세요.</translation>
    </message>
    <message>
        <source>Let curl use EPSV again: remove the line disable-epsv from your .curlrc.</source>
        <translation>curl에서 EPSV를 다시 켜세요: .curlrc 파일에서 disable-epsv 줄을 지우세요.</translation>
    </message>
    <message>
        <source>In lftp, run {command}; to keep it, add the same line to ~/.lftprc.</source>
        <translation>lftp에서 다음 명령을 실행하세요: {command}. 계속 적용하려면 ~/.lftprc 파일에 같은 줄을 넣으세요.</translation>
    </message>
    <message>
        <source>In {program}, set the character set for this server's file names to {encoding}.</source>
        <translation>{program}에서 이 서버의 파일 이름 문자셋을 다음으로 바꾸세요: {encoding}.</translation>
    </message>
    <message>
        <source>In {program}, limit the connections at once to {limit}.</source>
        <translation>{program}에서 동시 접속 수를 {limit}개 이하로 줄이세요.</translation>
    </message>
    <message>
        <source>In {program}, change the setting {setting} to {value}.</source>
        <translation>{program}에서 다음 설정의 값을 바꾸세요: {setting} → {value}.</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>위치: {where}</translation>
    </message>
    <message>
        <source>In {program} this is {label}.</source>
        <translation>{program}에서의 이름: {label}</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>untick</source>
        <translation>체크 해제</translation>
    </message>
</context>
</TS>
