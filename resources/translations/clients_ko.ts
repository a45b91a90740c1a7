<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ClientsText</name>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="24" />
        <source>{client} is now set to {mode}. Restart it if it is open.</source>
        <translation>{client} 설정을 {mode}로 바꿨습니다. 프로그램이 열려 있으면 다시 실행해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="25" />
        <source>{client} is already set to {mode}. Nothing was changed.</source>
        <translation>{client}은(는) 이미 {mode}로 설정되어 있습니다. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="26" />
        <source>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</source>
        <translation>{client} 프로그램이 실행 중입니다({process}). 먼저 프로그램을 닫아 주세요. 실행 중에 바꾸면 프로그램이 끝날 때 설정을 다시 저장하면서 바꾼 내용을 덮어씁니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="31" />
        <source>{client} was not found on this computer.</source>
        <translation>이 컴퓨터에서 {client}을(를) 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="32" />
        <source>{client} cannot be changed automatically. Please follow the pictures instead.</source>
        <translation>{client}은(는) 자동으로 바꿀 수 없습니다. 그림 안내를 따라 직접 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="35" />
        <source>Unknown program '{client}'. Known names: {known}.</source>
        <translation>'{client}'은(는) 알 수 없는 프로그램 이름입니다. 사용할 수 있는 이름: {known}.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="38" />
        <source>The mode must be passive or active, not '{mode}'.</source>
        <translation>모드는 passive 또는 active여야 합니다('{mode}'은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="39" />
        <source>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</source>
        <translation>설정 파일 {path}의 내용이 {client}이(가) 쓰는 형식과 다릅니다({detail}). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="43" />
        <source>The settings file {path} could not be read ({detail}). It was left untouched.</source>
        <translation>설정 파일 {path}을(를) 읽지 못했습니다({detail}). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="46" />
        <source>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</source>
        <translation>{path}은(는) 읽기 전용이거나 다른 프로그램이 사용 중이라 바꾸지 못했습니다. 이 파일을 쓰는 프로그램을 닫거나, 그림 안내를 따라 직접 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="51" />
        <source>Writing {path} failed ({detail}). The original was kept unchanged.</source>
        <translation>{path}에 쓰지 못했습니다({detail}). 원래 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="54" />
        <source>{client} did not read back the new setting, so the original was put back.</source>
        <translation>바꾼 설정이 {client}에 제대로 읽히지 않아 원래대로 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="57" />
        <source>{path} changed while we were working on it. Nothing was changed; please try again.</source>
        <translation>작업하는 동안 {path}이(가) 바뀌었습니다. 아무것도 바꾸지 않았으니 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="60" />
        <source>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</source>
        <translation>ftpwizard가 바꾼 뒤에 {path}이(가) 다시 바뀌어서, 되돌리면 그 변경 내용이 사라집니다. 그래서 되돌리지 않았습니다. 원래 파일은 {backup}에 보관되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="65" />
        <source>There is no change of {client} to undo.</source>
        <translation>되돌릴 {client} 변경 내역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="66" />
        <source>{client} is back to its previous settings.</source>
        <translation>{client} 설정을 바꾸기 전으로 되돌렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="67" />
        <source>There is no folder to keep the undo information in, so nothing was changed.</source>
        <translation>되돌리기 정보를 저장할 폴더가 없어 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="73" />
        <source>passive mode</source>
        <translation>수동(Passive) 모드</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="74" />
        <source>active mode</source>
        <translation>능동(Active) 모드</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="75" />
        <source>automatic (tries both)</source>
        <translation>자동(두 가지 모두 시도)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="76" />
        <source>unknown (cannot be read)</source>
        <translation>알 수 없음(설정을 읽을 수 없음)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="77" />
        <source>program default</source>
        <translation>프로그램 기본값</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="80" />
        <source>one setting for all servers</source>
        <translation>모든 서버에 한 가지 설정</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="81" />
        <source>set separately for each site</source>
        <translation>사이트마다 따로 설정</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="82" />
        <source>no setting</source>
        <translation>설정 없음</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="85" />
        <source>FTP programs found on this computer:</source>
        <translation>이 컴퓨터에서 찾은 FTP 프로그램:</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="86" />
        <source>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</source>
        <translation>알려진 FTP 프로그램을 찾지 못했습니다. 웹 브라우저(크롬, 엣지, 파이어폭스)는 이제 ftp:// 주소를 열지 못하니 FileZilla나 WinSCP를 사용해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="91" />
        <source>current setting: {mode} ({scope})</source>
        <translation>현재 설정: {mode} ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="92" />
        <source>current setting: {mode}, the program's default ({scope})</source>
        <translation>현재 설정: {mode}, 프로그램 기본값 ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="93" />
        <source>site '{name}' ({host}): {mode}</source>
        <translation>사이트 '{name}' ({host}): {mode}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="94" />
        <source>settings: {path}</source>
        <translation>설정 위치: {path}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="95" />
        <source>ftpwizard can change this setting for you.</source>
        <translation>ftpwizard가 이 설정을 대신 바꿔 드릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="96" />
        <source>Change this setting by hand (see the picture guide).</source>
        <translation>이 설정은 직접 바꿔야 합니다(그림 안내 참고).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="97" />
        <source>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</source>
        <translation>사이트 '{name}' ({host})에는 따로 {mode}가 지정되어 있어 프로그램 전체 설정보다 우선합니다. 이 사이트 설정은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="102" />
        <source>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</source>
        <translation>이 사이트도 바꾸려면: ftpwizard clients apply {id} --mode {target} --site {host}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="105" />
        <source>backup: {path}</source>
        <translation>백업: {path}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="106" />
        <source>changed: {what}</source>
        <translation>바꾼 내용: {what}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="107" />
        <source>problem: {message}</source>
        <translation>문제: {message}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="108" />
        <source>usage: ftpwizard clients [--json] [--host HOST] [--lang ko|en]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
       ftpwizard clients undo NAME</source>
        <translation>사용법: ftpwizard clients [--json] [--host 서버] [--lang ko|en]
        ftpwizard clients apply 이름 --mode passive|active [--site 서버]
        ftpwizard clients undo 이름</translation>
    </message>
</context>
</TS>