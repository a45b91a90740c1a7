<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Verdict</name>
    <message>
        <source>Both modes work. Use passive mode.</source>
        <translation>두 모드 모두 정상입니다. 패시브(Passive) 모드를 사용하세요.</translation>
    </message>
    <message>
        <source>Your PC opened the data connection to the server (passive), and the server could also connect back to your PC (active).</source>
        <translation>내 PC에서 서버로 데이터 연결을 열 수 있었고(패시브 모드), 서버도 내 PC로 접속해 올 수 있었습니다(액티브 모드).</translation>
    </message>
    <message>
        <source>Set your FTP program to passive mode: it is the standard and keeps working when you change networks. If the file list still does not appear, the cause is in the program's settings, not in the network.</source>
        <translation>FTP 프로그램을 패시브 모드로 설정하세요. 요즘 FTP 프로그램의 기본 방식이며, 회사나 카페 등 다른 곳에서 접속해도 잘 동작합니다. 그래도 파일 목록이 보이지 않으면 네트워크가 아니라 FTP 프로그램의 설정을 확인해야 합니다.</translation>
    </message>
    <message>
        <source>Active mode works.</source>
        <translation>액티브 모드가 정상입니다.</translation>
    </message>
    <message>
        <source>Only active mode was tested, and the server connected back to your PC.</source>
        <translation>액티브 모드만 검사했고, 서버가 내 PC로 정상적으로 접속해 왔습니다.</translation>
    </message>
    <message>
        <source>Test both modes to get a recommendation.</source>
        <translation>어떤 모드를 써야 할지 알려면 두 모드를 모두 검사하세요.</translation>
    </message>
    <message>
        <source>Passive mode works.</source>
        <translation>패시브 모드가 정상입니다.</translation>
    </message>
    <message>
        <source>Only passive mode was tested, and your PC opened the data connection to the server.</source>
        <translation>패시브 모드만 검사했고, 내 PC에서 서버로 데이터 연결을 정상적으로 열었습니다.</translation>
    </message>
    <message>
        <source>Set your FTP program to passive mode.</source>
        <translation>FTP 프로그램을 패시브 모드로 설정하세요.</translation>
    </message>
    <message>
        <source>Use passive mode: your PC's firewall or router blocks active mode.</source>
        <translation>패시브 모드를 사용하세요. 내 PC의 방화벽이나 공유기가 액티브 모드를 막고 있습니다.</translation>
    </message>
    <message>
        <source>In active mode the server must connect back to your PC (step ③). That connection never arrived: a firewall on your PC or your router stopped it. In passive mode your PC makes every connection itself, so nothing needs to come in.</source>
        <translation>액티브 모드에서는 서버가 내 PC로 접속해 와야 합니다(③단계). 그런데 이 접속이 내 PC까지 들어오지 못했습니다. 내 PC의 방화벽이나 공유기가 막았기 때문입니다. 패시브 모드에서는 내 PC가 서버로 직접 접속하므로 밖에서 들어오는 접속이 필요 없습니다.</translation>
    </message>
    <message>
        <source>Switch your FTP program to passive mode. You do not need to change your firewall.</source>
        <translation>FTP 프로그램을 패시브 모드로 바꾸세요. 방화벽 설정은 바꾸지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>Your PC asked the server to connect to {announced}, an address inside your network. The server sees you coming from a different address and refused (step ②, server reply: {step_reply}). Home and office routers cause this.</source>
        <translation>내 PC가 서버에 알려 준 주소({announced})는 공유기 안쪽에서만 쓰는 내부 주소입니다. 서버가 보는 내 주소와 달라서 서버가 요청을 거절했습니다(②단계, 서버 응답: {step_reply}). 집이나 사무실에서 공유기를 쓰면 흔히 생기는 일입니다.</translation>
    </message>
    <message>
        <source>Switch your FTP program to passive mode.</source>
        <translation>FTP 프로그램을 패시브 모드로 바꾸세요.</translation>
    </message>
    <message>
        <source>The server refused the active-mode request (step ②, server reply: {step_reply}).</source>
        <translation>서버가 액티브 모드 요청을 거절했습니다(②단계, 서버 응답: {step_reply}).</translation>
    </message>
    <message>
        <source>Switch your FTP program to active mode. Ask your hosting company to open the passive-mode port range in the server's firewall (in this test the server offered port {passive_port}); after that, switch back to passive mode.</source>
        <translation>FTP 프로그램을 액티브 모드로 바꾸세요. 그리고 호스팅 업체에 서버 방화벽에서 패시브 모드용 포트 범위를 열어 달라고 요청하세요(이번 검사에서 서버가 알려 준 포트: {passive_port}번). 포트가 열리면 다시 패시브 모드로 바꾸시는 것이 좋습니다.</translation>
    </message>
    <message>
        <source>The server refused the passive-mode request (step ②, server reply: {step_reply}).</source>
        <translation>서버가 패시브 모드 요청을 거부했습니다(②단계, 서버 응답: {step_reply}).</translation>
    </message>
    <message>
        <source>Switch your FTP program to active mode, and tell your hosting company that passive mode is turned off.</source>
        <translation>FTP 프로그램을 액티브 모드로 바꾸고, 호스팅 업체에 패시브 모드가 꺼져 있다고 알려 주세요.</translation>
    </message>
    <message>
        <source>Ask your hosting company to open the passive-mode port range; then use passive mode. Until then, try from another network (for example a phone hotspot).</source>
        <translation>호스팅 업체에 패시브 모드용 포트 범위를 열어 달라고 요청한 뒤 패시브 모드를 사용하세요. 그때까지는 다른 네트워크(예: 휴대폰 핫스팟)에서 시도해 보세요.</translation>
    </message>
    <message>
        <source>The last step failed (server reply: {step_reply}).</source>
        <translation>마지막 단계가 실패했습니다(서버 응답: {step_reply}).</translation>
    </message>
    <message>
        <source>You are connected, but the server refused the login (server reply: {reply}).</source>
        <translation>접속은 되었지만 서버가 로그인을 거부했습니다(서버 응답: {reply}).</translation>
    </message>
    <message>
        <source>The server refused to log in without encryption (server reply: {reply}).</source>
        <translation>서버가 암호화 없이는 로그인을 허용하지 않았습니다(서버 응답: {reply}).</translation>
    </message>
    <message>
        <source>Test again with the secure connection set to "FTPS, explicit (AUTH TLS)". In your FTP program set the encryption to "Require explicit FTP over TLS" (FileZilla) or "TLS/SSL Explicit encryption" (WinSCP).</source>
        <translation>보안 연결을 "FTPS, 명시적(AUTH TLS)"로 바꿔 다시 검사하세요. FTP 프로그램에서는 암호화를 "TLS를 통한 명시적 FTP 필요"(FileZilla) 또는 "TLS/SSL 고정 암호화"(WinSCP)로 바꾸세요.</translation>
    </message>
    <message>
        <source>Port {port} at {host} answered in another language than FTP (server reply: {reply}).</source>
        <translation>{host}의 {port}번 포트가 FTP가 아닌 다른 방식으로 응답했습니다(서버 응답: {reply}).</translation>
    </message>
    <message>
        <source>The server closed the connection (server reply: {reply}). Often it allows only a few connections at once from one address, or it is overloaded.</source>
        <translation>서버가 접속을 끊었습니다(서버 응답: {reply}). 같은 곳에서 동시에 접속할 수 있는 수를 넘었거나 서버에 접속이 몰린 경우가 많습니다.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid FTP reply (server reply: {reply}). A security device in between may be interfering, or it may not be an FTP server.</source>
        <translation>서버가 올바른 FTP 응답이 아닌 것을 보냈습니다(서버 응답: {reply}). 중간의 보안 장비가 방해하고 있거나 FTP 서버가 아닐 수 있습니다.</translation>
    </message>
    <message>
        <source>With FTPS the command that announces your port is encrypted, so the router's FTP support (FTP ALG) cannot read and rewrite it: active mode may work with plain FTP but fails with FTPS. Passive mode avoids this.</source>
        <translation>FTPS에서는 내 포트를 알리는 명령이 암호화되어 공유기의 FTP 지원 기능(FTP ALG)이 이를 읽고 고칠 수 없습니다. 그래서 일반 FTP에서는 될 수도 있는 액티브 모드가 FTPS에서는 실패합니다. 패시브 모드에서는 이 문제가 없습니다.</translation>
    </message>
    <message>
        <source>The server does not offer FTPS, or the secure connection failed while it was being set up (server reply: {reply}).</source>
        <translation>서버가 FTPS를 지원하지 않거나, 보안 연결을 맺는 도중에 실패했습니다(서버 응답: {reply}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>This server does not seem to support FTPS (secure connection). Set the secure connection to "No (plain FTP)" and test again, or ask your hosting company whether the server offers FTPS.</source>
        <translation>이 서버는 FTPS(보안 연결)를 지원하지 않는 것 같습니다. 보안 연결을 "사용 안 함(일반 FTP)"로 바꿔 다시 검사하거나, 호스팅 업체에 FTPS 지원 여부를 문의하세요.</translation>
    </message>
    <message>
        <source>not the certificate you accepted before</source>
        <translation>이전에 허용한 인증서와 다름</translation>
    </message>
    <message>
        <source>a self-signed certificate</source>
        <translation>자체 서명 인증서</translation>
    </message>
    <message>
        <source>the certificate's domain differs from the server address</source>
        <translation>인증서의 도메인이 서버 주소와 다름</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>유효 기간 만료</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>아직 유효 기간이 시작되지 않음</translation>
    </message>
    <message>
        <source>issued by an authority this PC does not trust</source>
        <translation>이 PC가 신뢰하지 않는 기관에서 발급함</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>인증서를 확인할 수 없음</translation>
    </message>
    <message>
        <source>Use passive mode: your PC is behind a router, so active mode cannot work.</source>
        <translation>패시브 모드를 사용하세요. 내 PC가 공유기 안쪽에 있어서 액티브 모드가 동작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use passive mode: this server does not allow active mode.</source>
        <translation>패시브 모드를 사용하세요. 이 서버는 액티브 모드를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Use active mode for now: the server's firewall blocks passive mode.</source>
        <translation>우선 액티브 모드를 사용하세요. 서버 방화벽이 패시브 모드를 막고 있습니다.</translation>
    </message>
    <message>
        <source>The server offered port {passive_port} for the file list, but your PC's connection to that port got no answer (step ③). The server's firewall keeps its passive ports closed. Active mode works.</source>
        <translation>서버가 파일 목록용으로 {passive_port}번 포트를 알려 주었지만, 내 PC가 그 포트로 접속했을 때 응답이 없었습니다(③단계). 서버 방화벽이 패시브 모드용 포트를 막고 있습니다. 액티브 모드는 정상입니다.</translation>
    </message>
    <message>
        <source>Use active mode: this server refuses passive mode.</source>
        <translation>액티브 모드를 사용하세요. 이 서버는 패시브 모드를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Use passive mode in an up-to-date FTP program: the server names a wrong address.</source>
        <translation>FileZilla 같은 최신 FTP 프로그램에서 패시브 모드를 사용하세요. 서버가 데이터 연결용 주소를 잘못 알려 주고 있습니다.</translation>
    </message>
    <message>
        <source>In its passive reply the server told your PC to connect to {advertised}, {advertised_class} address that your PC cannot use. Connecting to the server's own address instead worked.</source>
        <translation>서버가 패시브 응답에서 알려 준 접속 주소({advertised})는 내 PC에서 쓸 수 없는 {advertised_class} 주소입니다. 대신 처음 접속한 서버 주소로 접속해 보니 정상이었습니다.</translation>
    </message>
    <message>
        <source>FileZilla, WinSCP and curl ignore the wrong address and work in passive mode. Older programs such as AlFTP and Internet Explorer may hang while loading the file list: use active mode in those. The server's settings need fixing: tell your hosting company, and send them the report if you can.</source>
        <translation>FileZilla, WinSCP, curl은 잘못된 주소를 알아서 무시하므로 패시브 모드로 잘 동작합니다. 알FTP나 인터넷 익스플로러처럼 오래된 프로그램은 파일 목록을 불러오다 멈출 수 있으니 그런 프로그램에서는 액티브 모드를 쓰세요. 서버 설정을 고쳐야 하므로 호스팅 업체에 알려 주세요. 보고서를 함께 보내 주시면 더 좋습니다.</translation>
    </message>
    <message>
        <source>Neither mode works: the file list is blocked on both sides.</source>
        <translation>두 모드 모두 동작하지 않습니다. 내 PC 쪽과 서버 쪽 모두에서 막혀 있습니다.</translation>
    </message>
    <message>
        <source>Active mode failed because the server could not connect back to your PC (your firewall or router). Passive mode failed because the server's port {passive_port} did not answer (the server's firewall).</source>
        <translation>액티브 모드는 서버가 내 PC로 접속해 오지 못해서 실패했습니다(내 PC의 방화벽이나 공유기). 패시브 모드는 서버의 {passive_port}번 포트가 응답하지 않아서 실패했습니다(서버 방화벽).</translation>
    </message>
    <message>
        <source>The data connection opened, but the file list did not arrive.</source>
        <translation>데이터 연결은 열렸지만 파일 목록이 도착하지 않았습니다.</translation>
    </message>
    <message>
        <source>The folder may not exist, you may lack permission, or the server stopped the transfer. Test again; if it repeats, send the report to your hosting company.</source>
        <translation>폴더가 없거나 권한이 없거나, 서버가 전송을 멈췄을 수 있습니다. 다시 검사해 보고, 계속 같으면 보고서를 호스팅 업체에 보내 주세요.</translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation>서버 주소를 찾을 수 없습니다: {host}</translation>
    </message>
    <message>
        <source>Your PC could not look up the address of {host}. The name may be mistyped, or your internet connection is not working.</source>
        <translation>내 PC가 {host}의 주소를 찾지 못했습니다. 주소에 오타가 있거나 인터넷 연결에 문제가 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the spelling of the server address (your hosting company's welcome e-mail has it) and that websites open.</source>
        <translation>서버 주소에 오타가 없는지 확인하세요(호스팅 업체 안내 메일에 있습니다). 다른 웹사이트가 잘 열리는지도 확인해 보세요.</translation>
    </message>
    <message>
        <source>The server refused the connection on port {port}.</source>
        <translation>서버가 {port}번 포트의 접속을 거부했습니다.</translation>
    </message>
    <message>
        <source>Nothing accepts FTP connections at {host} port {port}: the FTP service is not running there, or the port is wrong.</source>
        <translation>{host}의 {port}번 포트에서 FTP 접속을 받는 프로그램이 없습니다. FTP 서비스가 꺼져 있거나 포트 번호가 틀렸을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the port (FTP normally uses 21) and ask your hosting company whether FTP is turned on for your account.</source>
        <translation>포트 번호를 확인하고(FTP는 보통 21번), 호스팅 업체에 내 계정의 FTP가 켜져 있는지 문의하세요.</translation>
    </message>
    <message>
        <source>The server did not answer on port {port}.</source>
        <translation>서버가 {port}번 포트에서 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>Your PC's connection to {host} port {port} got no answer: a firewall drops it silently (on your PC, in your network or at the server), or the server is down.</source>
        <translation>내 PC에서 {host}의 {port}번 포트로 접속했지만 응답이 없습니다. 방화벽(내 PC, 회사·집 네트워크 또는 서버 쪽)이 응답 없이 막고 있거나 서버가 꺼져 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the address and port. Try from another network (for example a phone hotspot): if it works there, your network blocks FTP. Otherwise ask your hosting company.</source>
        <translation>주소와 포트를 확인하세요. 다른 네트워크(예: 휴대폰 핫스팟)에서 시도해 보세요. 거기서 된다면 지금 네트워크가 FTP를 막고 있는 것이고, 안 된다면 호스팅 업체에 문의하세요.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>서버가 아이디 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the user name and password (capital letters matter). Your hosting company can reset the FTP password.</source>
        <translation>아이디와 비밀번호를 확인하세요(대소문자를 구분합니다). FTP 비밀번호는 호스팅 업체에서 다시 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server requires a secure connection (FTPS).</source>
        <translation>서버가 보안 연결(FTPS)을 요구합니다.</translation>
    </message>
    <message>
        <source>The secure connection (FTPS) could not be set up.</source>
        <translation>보안 연결(FTPS)을 맺지 못했습니다.</translation>
    </message>
    <message>
        <source>{tls_detail}</source>
        <translation>{tls_detail}</translation>
    </message>
    <message>
        <source>Many hosting companies use a shared certificate. Ask them to confirm the fingerprint; if it matches, you can accept this certificate and test again. You can also test without FTPS to check the data connection.</source>
        <translation>호스팅 업체는 공용 인증서를 쓰는 경우가 많습니다. 업체에 인증서 지문이 맞는지 확인해 달라고 하고, 일치하면 이 인증서를 허용한 뒤 다시 검사할 수 있습니다. FTPS 없이 검사해서 데이터 연결만 확인할 수도 있습니다.</translation>
    </message>
    <message>
        <source>This is not an FTP server.</source>
        <translation>FTP 서버가 아닙니다.</translation>
    </message>
    <message>
        <source>Check the port with your hosting company (FTP normally uses 21).</source>
        <translation>호스팅 업체에 포트 번호를 확인하세요(FTP는 보통 21번).</translation>
    </message>
    <message>
        <source>This is an SFTP (SSH) server, not an FTP server.</source>
        <translation>FTP 서버가 아니라 SFTP(SSH) 서버입니다.</translation>
    </message>
    <message>
        <source>Port {port} at {host} speaks SSH: SFTP is a different protocol with no active or passive mode, so this tool cannot test it.</source>
        <translation>{host}의 {port}번 포트는 SSH로 응답합니다. SFTP는 FTP와 다른 방식이라 액티브/패시브 모드가 없으며, 이 프로그램으로는 검사할 수 없습니다.</translation>
    </message>
    <message>
        <source>In FileZilla or WinSCP choose the SFTP protocol (port 22) for this server, or ask your hosting company for the FTP port.</source>
        <translation>FileZilla나 WinSCP에서 이 서버의 프로토콜을 SFTP(22번 포트)로 선택하거나, 호스팅 업체에 FTP 포트를 문의하세요.</translation>
    </message>
    <message>
        <source>This is a web server, not an FTP server.</source>
        <translation>FTP 서버가 아니라 웹 서버입니다.</translation>
    </message>
    <message>
        <source>Port {port} at {host} answered like a website.</source>
        <translation>{host}의 {port}번 포트가 웹사이트처럼 응답했습니다.</translation>
    </message>
    <message>
        <source>Use the FTP address and port your hosting company gave you (FTP normally uses port 21).</source>
        <translation>호스팅 업체가 알려 준 FTP 주소와 포트를 사용하세요(FTP는 보통 21번 포트).</translation>
    </message>
    <message>
        <source>The server accepted the connection but never greeted.</source>
        <translation>서버가 접속은 받았지만 인사말을 보내지 않습니다.</translation>
    </message>
    <message>
        <source>An FTP server says hello first. This one stayed silent: it may expect a secure connection from the very start (implicit FTPS, usually port 990), or it is not an FTP server.</source>
        <translation>FTP 서버는 접속하면 먼저 인사말을 보냅니다. 이 서버는 아무 응답이 없습니다. 처음부터 보안 연결(암시적 FTPS, 보통 990번 포트)을 기다리고 있거나 FTP 서버가 아닐 수 있습니다.</translation>
    </message>
    <message>
        <source>If your hosting company mentions FTPS or port 990, choose the implicit secure connection (ftps://) and test again.</source>
        <translation>호스팅 업체 안내에 FTPS나 990번 포트가 있다면 암시적 보안 연결(ftps://)을 선택하고 다시 검사하세요.</translation>
    </message>
    <message>
        <source>The server is refusing connections right now.</source>
        <translation>서버가 지금 접속을 거부하고 있습니다.</translation>
    </message>
    <message>
        <source>Close other FTP programs connected to this server, wait a minute and test again.</source>
        <translation>이 서버에 접속해 있는 다른 FTP 프로그램을 닫고, 1분쯤 뒤에 다시 검사하세요.</translation>
    </message>
    <message>
        <source>The server hung up in the middle of the test.</source>
        <translation>검사 도중에 서버가 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>While your PC waited for the server to connect back (step ③ of active mode), the server closed the command connection instead. Your firewall does not do that: the server stopped, restarted or ended the session itself. So this test cannot tell whether active mode works.</source>
        <translation>내 PC가 서버의 접속을 기다리는 동안(액티브 모드 ③단계) 서버가 명령 포트(21번) 연결을 끊었습니다. 내 PC의 방화벽은 이런 일을 하지 않습니다. 서버가 멈췄거나 다시 시작했거나 스스로 세션을 끝낸 것입니다. 그래서 이번 검사로는 액티브 모드가 되는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Test again in a minute. If it happens again, send the report to your hosting company.</source>
        <translation>잠시 후 다시 검사하세요. 같은 일이 되풀이되면 보고서를 호스팅 업체에 보내 주세요.</translation>
    </message>
    <message>
        <source>The server's replies make no sense.</source>
        <translation>서버의 응답을 이해할 수 없습니다.</translation>
    </message>
    <message>
        <source>Send the report to your hosting company.</source>
        <translation>보고서를 호스팅 업체에 보내 주세요.</translation>
    </message>
    <message>
        <source>The server allows only one connection from your address at a time, so the two modes were tested one after the other.</source>
        <translation>서버가 내 주소에서 동시 접속을 하나만 허용해서 두 모드를 차례로 검사했습니다.</translation>
    </message>
    <message>
        <source>The server's passive reply names {advertised}, which your PC cannot use; the test connected to the server's own address instead.</source>
        <translation>서버가 알려 준 주소({advertised})는 내 PC에서 쓸 수 없어서, 검사에서는 처음 접속한 서버 주소를 대신 사용했습니다.</translation>
    </message>
    <message>
        <source>The file names on this server are written in the old Korean character set, not in UTF-8: {encoding_name}. FTP programs that assume UTF-8 show these names garbled. In your FTP program, set the character set for this server to {encoding_name}.</source>
        <translation>이 서버의 파일 이름은 UTF-8이 아닌 옛 한글 문자 코드로 쓰여 있습니다: {encoding_name}. UTF-8을 기대하는 FTP 프로그램에서는 이 이름이 깨져 보입니다. FTP 프로그램에서 이 서버의 문자 코드를 {encoding_name}에 맞게 설정하세요.</translation>
    </message>
    <message>
        <source>Some lines of the file list are in a format FTP programs may not read, for example: “{sample}”. If your FTP program shows the folder empty or with files missing, send the report to your hosting company.</source>
        <translation>파일 목록의 일부 줄이 FTP 프로그램이 읽지 못할 수 있는 형식입니다. 예: “{sample}”. FTP 프로그램에서 폴더가 비어 보이거나 일부 파일이 보이지 않으면 보고서를 호스팅 업체에 보내 주세요.</translation>
    </message>
    <message>
        <source>The data port the server names for EPSV is blocked, while the one for PASV works: FTP programs that ask with EPSV first cannot list the files in passive mode.</source>
        <translation>서버가 EPSV 요청에 알려 주는 데이터 연결 포트는 막혀 있고 PASV 요청의 포트는 열려 있습니다. EPSV 요청을 먼저 보내는 FTP 프로그램은 패시브 모드에서 파일 목록을 받지 못합니다.</translation>
    </message>
    <message>
        <source>The data port the server names for PASV is blocked, but the one for EPSV works: FTP programs that ask with EPSV first can list the files in passive mode too.</source>
        <translation>서버가 PASV 요청에 알려 주는 데이터 연결 포트는 막혀 있지만 EPSV 요청의 포트는 열려 있습니다. EPSV 요청을 먼저 보내는 FTP 프로그램은 패시브 모드에서도 파일 목록을 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>The server accepts a secure data connection only when it reuses the command connection's TLS session: FTP programs that do not reuse it cannot list the files.</source>
        <translation>이 서버는 명령 포트(21번) 연결의 보안 세션을 다시 쓰는 데이터 연결만 받아들입니다. 보안 세션을 다시 쓰지 않는 FTP 프로그램은 파일 목록을 받지 못합니다.</translation>
    </message>
    <message>
        <source>The server allows your PC this many connections at once: {limit}. If your FTP program opens more (to transfer several files at once), lower its number of simultaneous connections to {limit}.</source>
        <translation>이 서버가 내 PC에 허용하는 동시 접속 수: {limit}. FTP 프로그램이 여러 파일을 한꺼번에 전송하려고 이보다 많이 접속한다면 동시 접속 수를 {limit} 이하로 줄이세요.</translation>
    </message>
    <message>
        <source>a private (internal network)</source>
        <translation>사설(내부 네트워크)</translation>
    </message>
    <message>
        <source>a loopback (the server itself)</source>
        <translation>루프백(서버 자신)</translation>
    </message>
    <message>
        <source>an empty (0.0.0.0)</source>
        <translation>비어 있는(0.0.0.0)</translation>
    </message>
    <message>
        <source>a link-local</source>
        <translation>링크 로컬</translation>
    </message>
    <message>
        <source>an example (documentation)</source>
        <translation>예시용(문서용)</translation>
    </message>
    <message>
        <source>a carrier-internal</source>
        <translation>통신사 내부용</translation>
    </message>
    <message>
        <source>another public</source>
        <translation>다른 공인</translation>
    </message>
    <message>
        <source>an invalid</source>
        <translation>잘못된</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted ({certificate_problem}). Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>서버의 인증서를 신뢰할 수 없습니다({certificate_problem}). 인증서의 SHA-256 지문은 {fingerprint}입니다.</translation>
    </message>
    <message>
        <source>The server does not offer FTPS, or the TLS handshake failed: {reply}</source>
        <translation>서버가 FTPS를 지원하지 않거나 TLS 연결 과정이 실패했습니다: {reply}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>your PC's firewall or router</source>
        <translation>내 PC의 방화벽 또는 공유기</translation>
    </message>
    <message>
        <source>the server's firewall</source>
        <translation>서버 방화벽</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>멈춘 곳</translation>
    </message>
    <message>
        <source>{place}, at step {step}</source>
        <translation>{place}, {step} 단계</translation>
    </message>
</context>
</TS>