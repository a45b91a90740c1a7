<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details: live transcript and timings</source>
        <translation>자세히 보기: 실시간 통신 기록과 소요 시간</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message>
        <source>Copies the whole transcript to the clipboard (the password shows as ****).</source>
        <translation>통신 기록 전체를 클립보드에 복사합니다. 비밀번호는 ****로 표시됩니다.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>실시간 통신 기록</translation>
    </message>
    <message>
        <source>The conversation with the server appears here while the test runs.</source>
        <translation>검사하는 동안 서버와 주고받는 내용이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>{step} started</source>
        <translation>{step} 시작</translation>
    </message>
    <message>
        <source>(waits up to {seconds} s)</source>
        <translation>(최대 {seconds}초 대기)</translation>
    </message>
    <message>
        <source>{step} OK in {duration}</source>
        <translation>{step} 성공({duration})</translation>
    </message>
    <message>
        <source>{step} FAILED after {duration}: {reason}</source>
        <translation>{step} 실패({duration} 후): {reason}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>액티브</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>패시브</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>FTP connection check</source>
        <translation>FTP 연결 진단</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>작성 시각</translation>
    </message>
    <message>
        <source>Test started</source>
        <translation>검사 시작 시각</translation>
    </message>
    <message>
        <source>ftpwizard version</source>
        <translation>ftpwizard 버전</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영체제</translation>
    </message>
    <message>
        <source>This PC's addresses</source>
        <translation>이 PC의 주소</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <source>private</source>
        <translation>사설</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공인</translation>
    </message>
    <message>
        <source>carrier NAT, a shared range</source>
        <translation>통신사 NAT 공유 대역</translation>
    </message>
    <message>
        <source>link-local, no network configured</source>
        <translation>링크 로컬, 네트워크 설정 없음</translation>
    </message>
    <message>
        <source>documentation example range, not a real address</source>
        <translation>문서용 예시 대역, 실제 주소 아님</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>루프백</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>지정되지 않음</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>잘못된 주소</translation>
    </message>
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
        <source>Recommended mode</source>
        <translation>권장 모드</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>검사가 끝나기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>User</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>익명(anonymous)</translation>
    </message>
    <message>
        <source>For the server's administrator: the passive reply names an address clients cannot use; set the server's public address for passive mode (pasv_address in vsftpd, MasqueradeAddress in ProFTPD).</source>
        <translation>서버 담당자 참고: 패시브 응답에 FTP 프로그램이 쓸 수 없는 주소가 들어 있습니다. 패시브 모드용 공인 주소를 설정하세요(vsftpd의 pasv_address, ProFTPD의 MasqueradeAddress).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>none (plain FTP)</source>
        <translation>없음(일반 FTP)</translation>
    </message>
    <message>
        <source>explicit FTPS (AUTH TLS)</source>
        <translation>명시적 FTPS(AUTH TLS)</translation>
    </message>
    <message>
        <source>implicit FTPS</source>
        <translation>암시적 FTPS</translation>
    </message>
    <message>
        <source>Connection and login</source>
        <translation>접속과 로그인</translation>
    </message>
    <message>
        <source>connected and logged in</source>
        <translation>접속 및 로그인 성공</translation>
    </message>
    <message>
        <source>failed at: {step}</source>
        <translation>실패한 단계: {step}</translation>
    </message>
    <message>
        <source>Server address reached</source>
        <translation>접속한 서버 주소</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>왕복 시간</translation>
    </message>
    <message>
        <source>Server features</source>
        <translation>서버 기능</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
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
        <source>not tested</source>
        <translation>검사하지 않음</translation>
    </message>
    <message>
        <source>Your PC announces its address and port</source>
        <translation>이 PC가 자신의 주소와 포트를 알림</translation>
    </message>
    <message>
        <source>The server accepts</source>
        <translation>서버가 수락</translation>
    </message>
    <message>
        <source>The server connects to your PC</source>
        <translation>서버가 이 PC로 접속</translation>
    </message>
    <message>
        <source>The file list arrives</source>
        <translation>파일 목록 도착</translation>
    </message>
    <message>
        <source>Your PC asks for passive mode</source>
        <translation>이 PC가 패시브 모드를 요청</translation>
    </message>
    <message>
        <source>The server names an address and port</source>
        <translation>서버가 주소와 포트를 알려 줌</translation>
    </message>
    <message>
        <source>Your PC connects to that port</source>
        <translation>이 PC가 그 포트로 접속</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Command / reply</source>
        <translation>명령 / 응답</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>진행 안 됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Server named (passive)</source>
        <translation>서버가 알려 준 주소(패시브 모드)</translation>
    </message>
    <message>
        <source>Connected to (passive)</source>
        <translation>실제 접속한 주소(패시브 모드)</translation>
    </message>
    <message>
        <source>Announced (active)</source>
        <translation>이 PC가 알린 주소(액티브 모드)</translation>
    </message>
    <message>
        <source>File list</source>
        <translation>파일 목록</translation>
    </message>
    <message>
        <source>{lines} lines ({formats}), names: {encoding}</source>
        <translation>{lines}줄({formats}), 이름의 문자 코드: {encoding}</translation>
    </message>
    <message>
        <source>{unparsed} of them in a format FTP programs may not read</source>
        <translation>그중 {unparsed}줄은 FTP 프로그램이 읽지 못할 수 있는 형식</translation>
    </message>
    <message>
        <source>letters and digits only</source>
        <translation>영문·숫자만</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>CP949 (old Korean)</source>
        <translation>CP949(옛 한글 문자 코드)</translation>
    </message>
    <message>
        <source>not UTF-8, not Korean</source>
        <translation>UTF-8도 한글 문자 코드도 아님</translation>
    </message>
    <message>
        <source>Your firewall / router</source>
        <translation>내 방화벽·공유기</translation>
    </message>
    <message>
        <source>Server firewall</source>
        <translation>서버 방화벽</translation>
    </message>
    <message>
        <source>The four steps of {mode}</source>
        <translation>{mode}의 4단계</translation>
    </message>
    <message>
        <source>FTP programs on this PC</source>
        <translation>이 PC의 FTP 프로그램</translation>
    </message>
    <message>
        <source>No FTP program was detected.</source>
        <translation>FTP 프로그램을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>FTP programs were not checked.</source>
        <translation>FTP 프로그램은 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Current mode</source>
        <translation>현재 모드</translation>
    </message>
    <message>
        <source>Mode setting</source>
        <translation>모드 설정 범위</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>active</source>
        <translation>액티브</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>패시브</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>program default</source>
        <translation>프로그램 기본값</translation>
    </message>
    <message>
        <source>one setting for all servers</source>
        <translation>모든 서버 공통</translation>
    </message>
    <message>
        <source>a setting per site</source>
        <translation>사이트마다 따로</translation>
    </message>
    <message>
        <source>no setting</source>
        <translation>설정 없음</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>통신 기록</translation>
    </message>
    <message>
        <source>The password is never recorded: it appears as ****. [1] to [4] mark the connections the test made to the server.</source>
        <translation>비밀번호는 기록되지 않으며 ****로 표시됩니다. [1]부터 [4]까지는 검사 중 서버에 맺은 접속을 구분하는 번호입니다.</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <source>Made by ftpwizard {version}. Send this file to your hosting company's support.</source>
        <translation>ftpwizard {version}에서 만든 보고서입니다. 이 파일을 호스팅 업체 고객지원에 보내 주세요.</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': unknown format '{ext}'; use a name ending in .html, .txt or .json</source>
        <translation>보고서를 저장할 수 없습니다: '{path}'. 알 수 없는 형식입니다: '{ext}'. 파일 이름 끝을 .html, .txt 또는 .json으로 하세요</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': the folder '{folder}' does not exist</source>
        <translation>보고서를 저장할 수 없습니다: '{path}'. 이 폴더가 없습니다: '{folder}'</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': permission denied</source>
        <translation>보고서를 저장할 수 없습니다: '{path}'. 쓰기 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': that is a folder; add a file name such as report.html</source>
        <translation>보고서를 저장할 수 없습니다: '{path}'. 폴더입니다. report.html 같은 파일 이름을 붙이세요</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': {reason}</source>
        <translation>보고서를 저장할 수 없습니다: '{path}'. {reason}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Web page report (*.html)</source>
        <translation>웹 페이지 보고서 (*.html)</translation>
    </message>
    <message>
        <source>JSON for scripts (*.json)</source>
        <translation>스크립트용 JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>텍스트 (*.txt)</translation>
    </message>
    <message>
        <source>Copies a short text report: paste it into a chat or an e-mail.</source>
        <translation>짧은 텍스트 보고서를 복사합니다. 채팅이나 이메일에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Saves the full report as a web page (HTML) or as JSON.</source>
        <translation>전체 보고서를 웹 페이지(HTML)나 JSON으로 저장합니다.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>보고서 저장(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>로그 폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the folder with ftpwizard's log files (passwords are never logged).</source>
        <translation>ftpwizard 로그 파일이 있는 폴더를 엽니다. 비밀번호는 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>보고서 상태</translation>
    </message>
    <message>
        <source>The report could not be made. Please test again.</source>
        <translation>보고서를 만들지 못했습니다. 다시 검사하세요.</translation>
    </message>
    <message>
        <source>Report copied. Paste it into the chat or e-mail with Ctrl+V.</source>
        <translation>보고서를 복사했습니다. 채팅이나 이메일에 Ctrl+V로 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>보고서를 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>Opening the log folder: {folder}</source>
        <translation>로그 폴더를 여는 중입니다: {folder}</translation>
    </message>
    <message>
        <source>Log folder opened: {folder}</source>
        <translation>로그 폴더를 열었습니다: {folder}</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is here: {folder}</source>
        <translation>로그 폴더를 열지 못했습니다. 위치: {folder}</translation>
    </message>
</context>
</TS>