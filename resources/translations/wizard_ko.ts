<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <source>Finds out why FTP logs in but never shows the file list. Subcommands: probe, clients, demo-server (see 'ftpwizard probe --help').</source>
        <translation>FTP 로그인은 되는데 파일 목록이 나오지 않는 이유를 찾습니다. 하위 명령: probe, clients, demo-server. 자세한 내용은 'ftpwizard probe --help'를 보세요.</translation>
    </message>
    <message>
        <source>the server to fill in, e.g. ftp://user@ftp.example.com:21</source>
        <translation>미리 채울 서버 주소. 예: ftp://아이디@ftp.example.com:21</translation>
    </message>
    <message>
        <source>start the built-in demo server and test it</source>
        <translation>내장 예제 서버를 띄우고 검사합니다</translation>
    </message>
    <message>
        <source>what the demo server simulates</source>
        <translation>예제 서버가 흉내 낼 상황</translation>
    </message>
    <message>
        <source>language (default: the system's)</source>
        <translation>언어. 기본값은 시스템 언어</translation>
    </message>
    <message>
        <source>walk the whole wizard headless through every demo scenario</source>
        <translation>화면 없이 모든 예제 상황으로 전체 과정을 자동으로 검사합니다</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 끝냅니다</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>After changing the setting in your FTP program, connect again in that program and check that the file list appears.</source>
        <translation>FTP 프로그램 설정을 바꾼 다음, 그 프로그램으로 다시 접속해서 파일 목록이 보이는지 확인하세요.</translation>
    </message>
    <message>
        <source>Still no file list? Press [Test again], or send the report below to your hosting company.</source>
        <translation>그래도 목록이 보이지 않으면 [다시 검사]를 누르거나 아래 보고서를 호스팅 업체에 보내 주세요.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>다시 검사(&amp;T)</translation>
    </message>
    <message>
        <source>Report for your hosting company</source>
        <translation>호스팅 업체에 보낼 보고서</translation>
    </message>
    <message>
        <source>If you need help, copy or save the report and send it to your hosting company's support. It contains everything they need, and never your password.</source>
        <translation>도움이 필요하면 보고서를 복사하거나 저장해서 호스팅 업체 고객지원에 보내 주세요. 필요한 내용이 모두 들어 있으며, 비밀번호는 절대 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>Check the server details, or send the report to your hosting company. Then test again.</source>
        <translation>서버 정보를 확인하거나 보고서를 호스팅 업체에 보내세요. 그다음 다시 검사하세요.</translation>
    </message>
</context>
<context>
    <name>FtpWizard</name>
    <message>
        <source>FTP connection check</source>
        <translation>FTP 연결 진단</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
    <message>
        <source>Close the program?</source>
        <translation>프로그램을 닫을까요?</translation>
    </message>
    <message>
        <source>Close the program? The result is lost unless you saved or copied the report on the last page.</source>
        <translation>프로그램을 닫을까요? 마지막 페이지에서 보고서를 저장하거나 복사하지 않으면 진단 결과가 사라집니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>계속 보기(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ProgramLines</name>
    <message>
        <source>The next page changes it for you.</source>
        <translation>다음 화면에서 자동으로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The next page shows where this setting is.</source>
        <translation>이 설정을 바꾸는 곳은 다음 화면에서 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Your FTP program</source>
        <translation>내 FTP 프로그램</translation>
    </message>
    <message>
        <source>Neither mode works yet, so there is nothing to change in your program.</source>
        <translation>아직 두 모드 모두 동작하지 않으므로 FTP 프로그램에서 바꿀 것은 없습니다.</translation>
    </message>
    <message>
        <source>Send the report on the next page to your hosting company.</source>
        <translation>다음 화면의 보고서를 호스팅 업체에 보내 주세요.</translation>
    </message>
    <message>
        <source>Choose {mode} in your FTP program.</source>
        <translation>FTP 프로그램에서 이 모드를 선택하세요: {mode}</translation>
    </message>
    <message>
        <source>Every FTP program has this setting, but each program names it in its own way: for example "Passive" in FileZilla, "Use Passive FTP" in Internet Options, "PASV" in CuteFTP. Select a program below to see its name for the two modes and where the setting is.</source>
        <translation>FTP 프로그램마다 이 설정이 있지만, 부르는 이름은 제각각입니다. 예를 들어 FileZilla는 '수동형', 인터넷 옵션은 '수동 FTP 사용', CuteFTP는 'PASV'라고 씁니다. 아래에서 프로그램을 고르면 그 프로그램에서 두 모드를 부르는 이름과 설정 위치가 나옵니다.</translation>
    </message>
</context>
<context>
    <name>ServerInput</name>
    <message>
        <source>Enter the server's address, for example ftp.example.com.</source>
        <translation>서버 주소를 입력하세요. 예: ftp.example.com</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (FTP normally uses 21).</source>
        <translation>포트는 1부터 65535 사이의 숫자여야 합니다(FTP는 보통 21번).</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the FTP server's address (for example ftp.{domain}).</source>
        <translation>이메일 주소처럼 보입니다. FTP 서버 주소를 입력하세요(예: ftp.{domain}).</translation>
    </message>
    <message>
        <source>sftp:// is SSH, not FTP: this program tests FTP and FTPS servers. Ask your hosting company whether the server also offers FTP.</source>
        <translation>sftp://는 FTP가 아니라 SSH입니다. 이 프로그램은 FTP와 FTPS 서버를 검사합니다. 호스팅 업체에 FTP도 제공하는지 문의하세요.</translation>
    </message>
    <message>
        <source>'{scheme}://' is not an FTP address. Use an address like ftp.example.com or ftp://ftp.example.com.</source>
        <translation>'{scheme}://'는 FTP 주소가 아닙니다. ftp.example.com 또는 ftp://ftp.example.com 같은 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>서버 주소에는 빈칸이 들어갈 수 없습니다.</translation>
    </message>
    <message>
        <source>That address is too long to be a server name (at most 253 characters).</source>
        <translation>서버 이름으로 쓰기에는 주소가 너무 깁니다(최대 253자).</translation>
    </message>
    <message>
        <source>'{host}' is not a valid server name or IP address.</source>
        <translation>올바른 서버 주소나 IP 주소가 아닙니다: '{host}'</translation>
    </message>
    <message>
        <source>That IPv6 address is not valid. Write it in brackets, for example [2001:db8::1].</source>
        <translation>IPv6 주소가 올바르지 않습니다. 대괄호로 감싸서 쓰세요. 예: [2001:db8::1]</translation>
    </message>
    <message>
        <source>The address contains more than one '@'. Enter the user name in its own field.</source>
        <translation>주소에 '@'가 두 번 이상 들어 있습니다. 아이디는 아이디 칸에 따로 입력하세요.</translation>
    </message>
    <message>
        <source>The address has a '?' or '#' part that an FTP address never has.</source>
        <translation>주소에 FTP 주소에는 없는 '?' 또는 '#' 부분이 있습니다.</translation>
    </message>
    <message>
        <source>The address says port {address_port} but the Port field says {field_port}. Remove the port from the address or make the two the same.</source>
        <translation>주소에는 {address_port}번 포트가, 포트 칸에는 {field_port}번 포트가 적혀 있습니다. 주소에서 포트 번호를 지우거나 두 번호를 같게 맞추세요.</translation>
    </message>
    <message>
        <source>The user name contains a line break. Type it again on one line.</source>
        <translation>아이디에 줄바꿈이 들어 있습니다. 한 줄로 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The password contains a line break, which FTP cannot send. Type or paste only the password itself.</source>
        <translation>비밀번호에 줄바꿈이 들어 있어 FTP로 보낼 수 없습니다. 비밀번호만 입력하거나 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your FTP server</source>
        <translation>내 FTP 서버</translation>
    </message>
    <message>
        <source>Use the details your hosting company gave you. You can also paste an ftp:// address.</source>
        <translation>호스팅 업체가 알려 준 정보를 입력하세요. ftp:// 주소를 붙여 넣어도 됩니다.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>아이디(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Secure connection:</source>
        <translation>보안 연결(&amp;S):</translation>
    </message>
    <message>
        <source>ftp.example.com</source>
        <translation>ftp.example.com</translation>
    </message>
    <message>
        <source>empty = anonymous</source>
        <translation>비워 두면 익명(anonymous) 접속</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>비밀번호 보기(&amp;H)</translation>
    </message>
    <message>
        <source>No (plain FTP)</source>
        <translation>사용 안 함(일반 FTP)</translation>
    </message>
    <message>
        <source>FTPS, explicit (AUTH TLS)</source>
        <translation>FTPS, 명시적(AUTH TLS)</translation>
    </message>
    <message>
        <source>FTPS, implicit (port 990)</source>
        <translation>FTPS, 암시적(990번 포트)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>비밀번호 보기</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>보안 연결</translation>
    </message>
    <message>
        <source>Problem with the server address</source>
        <translation>서버 주소 오류</translation>
    </message>
    <message>
        <source>The password is used only for this test. It is never saved or shown in the report.</source>
        <translation>비밀번호는 이번 검사에만 쓰이며, 저장되거나 보고서에 나오지 않습니다.</translation>
    </message>
    <message>
        <source>a healthy server: both modes work</source>
        <translation>두 모드 모두 정상인 서버</translation>
    </message>
    <message>
        <source>a firewall on your PC that blocks the data connection of active mode</source>
        <translation>내 PC의 방화벽이 액티브(Active) 모드의 데이터 연결을 막는 경우</translation>
    </message>
    <message>
        <source>a router that changes your PC's address, so the server refuses active mode</source>
        <translation>공유기가 내 PC의 주소를 바꿔서 서버가 액티브(Active) 모드를 거부하는 경우</translation>
    </message>
    <message>
        <source>a server firewall that blocks the data connection of passive mode</source>
        <translation>서버 방화벽이 패시브(Passive) 모드의 데이터 연결을 막는 경우</translation>
    </message>
    <message>
        <source>a server that gives a wrong internal address in passive mode</source>
        <translation>서버가 패시브(Passive) 모드에서 잘못된 내부 주소를 알려 주는 경우</translation>
    </message>
    <message>
        <source>This is the built-in demo server, running on this PC. It simulates {problem}.</source>
        <translation>내 PC에서 실행 중인 내장 데모 서버입니다. 재현하는 상황: {problem}.</translation>
    </message>
    <message>
        <source>Problem with the port</source>
        <translation>포트 입력 문제</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Connecting to {host} ...</source>
        <translation>{host}에 접속하는 중...</translation>
    </message>
    <message>
        <source>Stopping ...</source>
        <translation>멈추는 중...</translation>
    </message>
    <message>
        <source>The server allows only one connection at a time: testing the modes one after the other.</source>
        <translation>서버가 동시 접속을 하나만 허용해서 두 모드를 차례로 검사합니다.</translation>
    </message>
    <message>
        <source>Logged in. Now testing both ways of getting the file list ...</source>
        <translation>로그인했습니다. 이제 파일 목록을 받는 두 모드를 검사합니다...</translation>
    </message>
    <message>
        <source>The connection to the server failed. See the result on the next page.</source>
        <translation>서버 접속에 실패했습니다. 다음 화면에서 결과를 확인하세요.</translation>
    </message>
    <message>
        <source>The test stopped because of an internal error.</source>
        <translation>내부 오류로 검사가 멈췄습니다.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>검사를 취소했습니다.</translation>
    </message>
    <message>
        <source>Done. Press Next to see what it means.</source>
        <translation>검사가 끝났습니다. [다음]을 눌러 결과를 확인하세요.</translation>
    </message>
    <message>
        <source>Could not connect to the server. Press Next to see why.</source>
        <translation>서버에 접속하지 못했습니다. [다음]을 눌러 이유를 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>검사 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>다시 검사(&amp;T)</translation>
    </message>
    <message>
        <source>Testing both modes</source>
        <translation>액티브·패시브 모드 검사</translation>
    </message>
    <message>
        <source>Active mode: the server connects to your PC. Passive mode: your PC connects to the server.</source>
        <translation>액티브 모드: 서버가 내 PC로 접속합니다. 패시브 모드: 내 PC가 서버로 접속합니다.</translation>
    </message>
    <message>
        <source>&amp;Animate</source>
        <translation>그림 움직이기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Details (Ctrl+D)</source>
        <translation>자세히(&amp;D) (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>기술적인 세부 정보 보기</translation>
    </message>
    <message>
        <source>Cancel or repeat the test</source>
        <translation>검사 취소 또는 다시 검사</translation>
    </message>
    <message>
        <source>Animate the pictures</source>
        <translation>그림을 움직여서 보여 주기</translation>
    </message>
    <message>
        <source>Test finished</source>
        <translation>검사를 마쳤습니다</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>검사를 취소했습니다</translation>
    </message>
    <message>
        <source>Could not connect to the server</source>
        <translation>서버에 접속하지 못했습니다</translation>
    </message>
    <message>
        <source>The test stopped</source>
        <translation>검사가 중단되었습니다</translation>
    </message>
    <message>
        <source>Pictures of both modes</source>
        <translation>두 모드를 보여 주는 그림</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>The next page shows where this setting is in your FTP program.</source>
        <translation>FTP 프로그램에서 이 설정을 바꾸는 곳은 다음 화면에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>In the FTP programs on this PC: {programs}.</source>
        <translation>내 PC의 FTP 프로그램에서는 이렇게 표시됩니다: {programs}</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>진단 결과</translation>
    </message>
    <message>
        <source>What the test found, and what to do about it.</source>
        <translation>검사에서 찾은 내용과 해결 방법입니다.</translation>
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
        <source>&amp;Show me again</source>
        <translation>다시 보여 주기(&amp;S)</translation>
    </message>
    <message>
        <source>Replay both pictures slowly</source>
        <translation>두 그림을 천천히 다시 재생</translation>
    </message>
    <message>
        <source>The result and the pictures of both modes</source>
        <translation>진단 결과와 두 모드의 그림</translation>
    </message>
    <message>
        <source>&amp;Change the server details</source>
        <translation>서버 정보 수정(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate and test again</source>
        <translation>이 인증서를 신뢰하고 다시 검사(&amp;T)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>진단 결과</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Why doesn't my FTP file list show up?</source>
        <translation>FTP 파일 목록이 왜 안 보일까요?</translation>
    </message>
    <message>
        <source>This check takes about 10 seconds.</source>
        <translation>검사는 10초 정도 걸립니다.</translation>
    </message>
    <message>
        <source>Your FTP program logs in, but the list of files never appears? This program tests the two ways FTP can send the list (active and passive mode) from this PC to your server, shows you where it stops, and tells you which setting to choose.</source>
        <translation>FTP 프로그램으로 로그인은 되는데 파일 목록이 나오지 않나요? 이 프로그램은 FTP가 파일 목록을 받는 두 모드, 곧 액티브(Active) 모드와 패시브(Passive) 모드를 내 PC에서 내 서버로 직접 검사해서, 어디에서 막히는지 보여 주고 어떤 설정을 골라야 하는지 알려 드립니다.</translation>
    </message>
    <message>
        <source>1. Enter your server's address (from your hosting company's e-mail).
2. Watch both tests run.
3. Read the result and change your FTP program's setting; we show you where.</source>
        <translation>1. 서버 주소를 입력하세요(호스팅 업체의 안내 메일에 있습니다).
2. 두 모드의 검사가 진행되는 모습을 지켜보세요.
3. 결과를 읽고 FTP 프로그램의 설정을 바꾸세요. 어디를 바꾸면 되는지 보여 드립니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
</TS>