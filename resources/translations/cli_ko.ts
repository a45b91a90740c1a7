<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <source>Verdict</source>
        <translation>진단 결과</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>works</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>failed at step {n}</source>
        <translation>{n}단계에서 실패</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>진행되지 않음</translation>
    </message>
    <message>
        <source>failed at: {step}</source>
        <translation>실패한 단계: {step}</translation>
    </message>
    <message>
        <source>connected and logged in</source>
        <translation>접속 및 로그인 성공</translation>
    </message>
    <message>
        <source>warning: a password on the command line is visible to other users of this computer; use --password-stdin or FTPWIZARD_PASSWORD.</source>
        <translation>경고: 명령줄에 적은 비밀번호는 내 PC의 다른 사용자에게 보일 수 있습니다. --password-stdin 또는 FTPWIZARD_PASSWORD를 사용하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Recommended mode</source>
        <translation>권장 모드</translation>
    </message>
    <message>
        <source>Password for {user}@{host}: </source>
        <translation>{user}@{host} 비밀번호: </translation>
    </message>
    <message>
        <source>{program}: cannot write the output: {reason}</source>
        <translation>{program}: 결과를 출력할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Only if your hosting company confirms this fingerprint, test again with: --accept-certificate {fingerprint}</source>
        <translation>호스팅 업체가 이 지문이 맞다고 확인해 준 경우에만 다음 옵션으로 다시 검사하세요: --accept-certificate {fingerprint}</translation>
    </message>
    <message>
        <source>ftpwizard probe: error: {message}</source>
        <translation>ftpwizard probe: 오류: {message}</translation>
    </message>
    <message>
        <source>{message} (see --help)</source>
        <translation>{message} — 도움말: --help</translation>
    </message>
    <message>
        <source>--timeout must be between 0.5 and 300 seconds</source>
        <translation>--timeout은 0.5초에서 300초 사이여야 합니다</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>익명</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>암호화 없음</translation>
    </message>
    <message>
        <source>explicit FTPS</source>
        <translation>명시적 FTPS</translation>
    </message>
    <message>
        <source>implicit FTPS</source>
        <translation>암시적 FTPS</translation>
    </message>
    <message>
        <source>connect {address}</source>
        <translation>접속: {address}</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>내부 오류</translation>
    </message>
    <message>
        <source>Test active and passive FTP against a server.</source>
        <translation>서버에 액티브 모드와 패시브 모드로 접속해 FTP 파일 목록을 받을 수 있는지 검사합니다.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>host, host:port, ftp://user@host:port/path, ftps://host ...</source>
        <translation>서버 주소: host, host:port, ftp://아이디@host:port/경로, ftps://host ...</translation>
    </message>
    <message>
        <source>user name (default: from the URL, else anonymous)</source>
        <translation>아이디. 적지 않으면 주소에 있는 아이디, 없으면 익명(anonymous)</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>비밀번호를 표준 입력의 첫 줄에서 읽습니다</translation>
    </message>
    <message>
        <source>which mode to test (default: both)</source>
        <translation>검사할 모드. 기본값: both(두 모드 모두)</translation>
    </message>
    <message>
        <source>FTPS: none, explicit (AUTH TLS) or implicit (port 990)</source>
        <translation>보안 연결(FTPS): none(사용 안 함), explicit(명시적, AUTH TLS), implicit(암시적, 990번 포트)</translation>
    </message>
    <message>
        <source>seconds for connecting and each reply (default 8)</source>
        <translation>접속과 각 응답을 기다리는 시간(초). 기본값: 8</translation>
    </message>
    <message>
        <source>continue although the server's certificate is not trusted (self-signed, or issued for another name), but only if its SHA-256 fingerprint is exactly this one (a failed test prints it); off by default: ask your hosting company to confirm the fingerprint first</source>
        <translation>서버 인증서를 신뢰할 수 없어도(자체 서명 인증서, 다른 도메인용 인증서) SHA-256 지문이 정확히 이 값일 때만 계속합니다. 실패한 검사가 지문을 보여 줍니다. 기본값은 사용 안 함이며, 먼저 호스팅 업체에 지문이 맞는지 확인해 주세요</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>결과를 JSON 객체 하나로 출력합니다</translation>
    </message>
    <message>
        <source>also write a report (.txt, .html or .json by extension)</source>
        <translation>보고서도 저장합니다. 형식은 확장자(.txt, .html, .json)를 따릅니다</translation>
    </message>
    <message>
        <source>do not look for the FTP programs on this PC (by default each one's outcome with this server is shown)</source>
        <translation>내 PC의 FTP 프로그램을 찾지 않습니다. 기본값은 프로그램마다 이 서버에서 작동하는지 보여 주는 것입니다</translation>
    </message>
    <message>
        <source>language of the output: {languages} (default: the system's)</source>
        <translation>출력 언어: {languages}. 기본값은 시스템 언어</translation>
    </message>
</context>
</TS>