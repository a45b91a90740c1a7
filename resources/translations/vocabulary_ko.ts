<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Vocabulary</name>
    <message>
        <source>Active mode</source>
        <translation>액티브 모드</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>패시브 모드</translation>
    </message>
    <message>
        <source>The server allowed only one connection: the modes were tested one after the other.</source>
        <translation>서버가 동시 접속을 하나만 허용해서 두 모드를 차례로 검사했습니다.</translation>
    </message>
    <message>
        <source>Look up the server's address</source>
        <translation>서버 주소 찾기</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>서버에 접속</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>서버 인사</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>보안 연결(TLS)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>My PC</source>
        <translation>내 PC</translation>
    </message>
    <message>
        <source>FTP server</source>
        <translation>FTP 서버</translation>
    </message>
    <message>
        <source>The network between my PC and the server</source>
        <translation>내 PC와 서버 사이의 네트워크</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>응답 없음(시간 초과)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>연결이 끊김</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>접속할 수 없음</translation>
    </message>
    <message>
        <source>rejected by the server</source>
        <translation>서버가 거부함</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 오류</translation>
    </message>
    <message>
        <source>invalid reply</source>
        <translation>잘못된 응답</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
</TS>