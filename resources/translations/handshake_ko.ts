<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Handshake</name>
    <message>
        <source>Active mode</source>
        <translation>액티브 모드</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>패시브 모드</translation>
    </message>
    <message>
        <source>The server connects back to your PC for the data</source>
        <translation>데이터를 받을 때 서버가 내 PC로 접속해 옵니다</translation>
    </message>
    <message>
        <source>Your PC connects to the server for the data too</source>
        <translation>데이터를 받을 때도 내 PC가 서버로 접속합니다</translation>
    </message>
    <message>
        <source>My firewall / router</source>
        <translation>내 방화벽·공유기</translation>
    </message>
    <message>
        <source>Server firewall</source>
        <translation>서버 방화벽</translation>
    </message>
    <message>
        <source>command port</source>
        <translation>명령 포트</translation>
    </message>
    <message>
        <source>data port</source>
        <translation>데이터 포트</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>임의의 포트</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Blocked here</source>
        <translation>여기서 막힘</translation>
    </message>
    <message>
        <source>Address changed here</source>
        <translation>여기서 주소가 바뀜</translation>
    </message>
    <message>
        <source>Refused here</source>
        <translation>여기서 거부</translation>
    </message>
    <message>
        <source>Problem here</source>
        <translation>여기서 문제</translation>
    </message>
    <message>
        <source>Hung up here</source>
        <translation>여기서 연결을 끊음</translation>
    </message>
    <message>
        <source>{mode}: connection steps</source>
        <translation>{mode}: 접속 과정</translation>
    </message>
    <message>
        <source>{command}: telling the server my port {port}</source>
        <translation>{command}: {port}번 포트를 서버에 알리는 중</translation>
    </message>
    <message>
        <source>{command}: telling the server my port</source>
        <translation>{command}: 내 포트를 서버에 알리는 중</translation>
    </message>
    <message>
        <source>{command}: I'm listening on {port}</source>
        <translation>{command}: {port}번 포트에서 기다리는 중</translation>
    </message>
    <message>
        <source>Waiting for the server's OK</source>
        <translation>서버의 확인을 기다리는 중</translation>
    </message>
    <message>
        <source>{code} OK</source>
        <translation>{code} 확인</translation>
    </message>
    <message>
        <source>No reply: the server went to connect</source>
        <translation>응답 대기: 서버가 내 PC로 접속을 시도하는 중</translation>
    </message>
    <message>
        <source>Server connecting to my port {port}</source>
        <translation>서버가 내 PC의 {port}번 포트로 접속하는 중</translation>
    </message>
    <message>
        <source>Server connected to my port {port}</source>
        <translation>서버가 내 PC의 {port}번 포트로 접속</translation>
    </message>
    <message>
        <source>Blocked: no connection came in ({seconds} s)</source>
        <translation>막힘: 서버의 접속이 들어오지 않음({seconds}초)</translation>
    </message>
    <message>
        <source>{command}: asking for a data port</source>
        <translation>{command}: 데이터 포트를 묻는 중</translation>
    </message>
    <message>
        <source>{command}: which port should I use?</source>
        <translation>{command}: 어느 포트로 접속할까요?</translation>
    </message>
    <message>
        <source>Waiting for the server's answer</source>
        <translation>서버의 응답을 기다리는 중</translation>
    </message>
    <message>
        <source>{code}: come to port {port}</source>
        <translation>{code}: {port}번 포트로 오세요</translation>
    </message>
    <message>
        <source>Server named {address} ({kind})</source>
        <translation>서버가 알려 준 주소: {address}({kind})</translation>
    </message>
    <message>
        <source>Connecting to server port {port}</source>
        <translation>서버의 {port}번 포트로 접속하는 중</translation>
    </message>
    <message>
        <source>Connected to server port {port}</source>
        <translation>서버의 {port}번 포트로 접속</translation>
    </message>
    <message>
        <source>Blocked: port {port} did not answer ({seconds} s)</source>
        <translation>막힘: {port}번 포트가 응답하지 않음({seconds}초)</translation>
    </message>
    <message>
        <source>Port {port} refused the connection</source>
        <translation>{port}번 포트가 접속을 거부함</translation>
    </message>
    <message>
        <source>{command}: receiving the file list</source>
        <translation>{command}: 파일 목록을 받는 중</translation>
    </message>
    <message>
        <source>File list received ({bytes} bytes)</source>
        <translation>파일 목록 받음({bytes}바이트)</translation>
    </message>
    <message>
        <source>File list received (empty folder)</source>
        <translation>파일 목록 받음(빈 폴더)</translation>
    </message>
    <message>
        <source>No answer after {seconds} s</source>
        <translation>{seconds}초 동안 응답 없음</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Connection cut off</source>
        <translation>연결이 끊김</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>접속할 수 없음</translation>
    </message>
    <message>
        <source>Server said: {reply}</source>
        <translation>서버 응답: {reply}</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>서버가 거부함</translation>
    </message>
    <message>
        <source>Unexpected answer: {reply}</source>
        <translation>예상하지 못한 응답: {reply}</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>예상하지 못한 응답</translation>
    </message>
    <message>
        <source>Encryption (TLS) failed</source>
        <translation>암호화(TLS) 실패</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>서버 이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>진행되지 않음</translation>
    </message>
    <message>
        <source>a private address</source>
        <translation>사설 주소</translation>
    </message>
    <message>
        <source>the server's own loopback</source>
        <translation>서버 자신의 루프백 주소</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>링크 로컬 주소</translation>
    </message>
    <message>
        <source>no real address</source>
        <translation>실제 주소가 아님</translation>
    </message>
    <message>
        <source>not reachable from here</source>
        <translation>여기서 접속할 수 없는 주소</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>시작을 기다리는 중</translation>
    </message>
    <message>
        <source>Step {n} in progress…</source>
        <translation>{n}단계 진행 중…</translation>
    </message>
    <message>
        <source>Step {n}: waiting for an answer… {seconds} s</source>
        <translation>{n}단계: 응답을 기다리는 중… {seconds}초</translation>
    </message>
    <message>
        <source>Waiting for the server to connect back… {seconds} s</source>
        <translation>서버가 내 PC로 접속해 오기를 기다리는 중… {seconds}초</translation>
    </message>
    <message>
        <source>Connecting to the server's port {port}… {seconds} s</source>
        <translation>서버의 {port}번 포트로 접속하는 중… {seconds}초</translation>
    </message>
    <message>
        <source>Works: the file list arrived</source>
        <translation>정상: 파일 목록 받음</translation>
    </message>
    <message>
        <source>Works, but the server names a wrong address ({address}) for the data</source>
        <translation>동작함. 단, 서버가 데이터 연결용으로 잘못된 주소({address})를 알려 줌</translation>
    </message>
    <message>
        <source>Blocked on your side: your firewall or router did not let the server's connection in</source>
        <translation>내 쪽에서 막힘: 내 PC의 방화벽이나 공유기가 서버의 접속을 막음</translation>
    </message>
    <message>
        <source>Your router changed your address, so the server refused it</source>
        <translation>공유기가 내 주소를 바꿔서 서버가 거부함</translation>
    </message>
    <message>
        <source>Your PC could not open a port for the data</source>
        <translation>내 PC에서 데이터 연결용 포트를 열지 못함</translation>
    </message>
    <message>
        <source>The server hung up instead of connecting back</source>
        <translation>서버가 내 PC로 접속하지 않고 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>The server is refusing connections right now</source>
        <translation>서버가 지금 접속을 거부하고 있습니다</translation>
    </message>
    <message>
        <source>The server does not allow active mode</source>
        <translation>서버가 액티브 모드를 허용하지 않음</translation>
    </message>
    <message>
        <source>Blocked on the server side: the server's firewall did not let the connection to port {port} in</source>
        <translation>서버 쪽에서 막힘: 서버 방화벽이 {port}번 포트로 들어오는 접속을 막음</translation>
    </message>
    <message>
        <source>Blocked on the server side: the server's firewall did not let the data connection in</source>
        <translation>서버 쪽에서 막힘: 서버 방화벽이 데이터 연결을 막음</translation>
    </message>
    <message>
        <source>The server does not allow passive mode</source>
        <translation>서버가 패시브 모드를 허용하지 않음</translation>
    </message>
    <message>
        <source>Step {n} failed</source>
        <translation>{n}단계 실패</translation>
    </message>
    <message>
        <source>The server refused to list the folder: {reply}</source>
        <translation>서버가 폴더 목록을 거부함. 서버 응답: {reply}</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>검사하지 않음</translation>
    </message>
    <message>
        <source>Not tested: connecting or logging in to the server failed</source>
        <translation>검사하지 못함: 서버 접속 또는 로그인 실패</translation>
    </message>
</context>
</TS>