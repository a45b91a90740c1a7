<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Vocabulary</name>
    <message>
        <source>Active mode</source>
        <translation>Active mode</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>Passive mode</translation>
    </message>
    <message>
        <source>The server allowed only one connection: the modes were tested one after the other.</source>
        <translation>The server allowed only one connection: the modes were tested one after the other.</translation>
    </message>
</context>
</TS>
