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
</context>
</TS>
