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
</context>
</TS>
