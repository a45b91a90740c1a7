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
        <source>Active mode</source>
        <translation>액티브 모드</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>패시브 모드</translation>
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
        <source>The server allowed only one connection: the modes were tested one after the other.</source>
        <translation>서버가 동시 접속을 하나만 허용하여 두 방식을 차례로 검사했습니다.</translation>
    </message>
    <message>
        <source>warning: a password on the command line is visible to other users of this computer; use --password-stdin or FTPWIZARD_PASSWORD.</source>
        <translation>경고: 명령줄에 적은 비밀번호는 이 컴퓨터의 다른 사용자에게 보일 수 있습니다. --password-stdin 또는 FTPWIZARD_PASSWORD를 사용하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Recommended mode</source>
        <translation>권장 방식</translation>
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
        <source>finding the server's address (DNS)</source>
        <translation>서버 주소 찾기(DNS)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>접속</translation>
    </message>
    <message>
        <source>the server's greeting</source>
        <translation>서버 인사말</translation>
    </message>
    <message>
        <source>the secure connection (TLS)</source>
        <translation>보안 연결(TLS)</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Only if the server's administrator confirms this fingerprint, test again with: --accept-certificate {fingerprint}</source>
        <translation>서버 관리자가 이 지문(fingerprint)이 맞다고 확인해 준 경우에만 다음 옵션으로 다시 검사하세요: --accept-certificate {fingerprint}</translation>
    </message>
</context>
</TS>