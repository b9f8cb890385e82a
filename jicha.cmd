@echo off
rem jicha launcher for Windows: jicha [COMMAND ... | @SCRIPT]; no arguments: the interactive shell.
rem
rem Runs the layout the build makes in target\jicha\ (mvnw.cmd -q -DskipTests package): the extracted jar
rem with its ahead-of-time processed Spring context, and the class-data-sharing archive jicha.jsa when it
rem was made by this very JVM (same "release" file); else the layout without the archive; else
rem java -jar target\jicha.jar. The JVM checks the archive once more and quietly runs without it if
rem anything else differs: an archive that does not fit never stops jicha.
rem One-shot commands run with the quick compiler only (-XX:TieredStopAtLevel=1), except the long ones
rem (records import, sample verify, report, stats summary). The console is switched to UTF-8 (code page
rem 65001) while jicha runs. JAVA_HOME chooses the JVM (else java on the PATH); JICHA_JAVA_OPTS adds
rem JVM options. See docs/benchmarks.md, "Start-up".
setlocal
set "HERE=%~dp0"
set "APP=%HERE%target\jicha"

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  goto found
)
set "JAVA="
for %%j in (java.exe) do set "JAVA=%%~$PATH:j"
if not defined JAVA (
  echo jicha: no java found: install Java 17 or set JAVA_HOME 1>&2
  exit /b 127
)
:found
for %%j in ("%JAVA%") do set "JHOME=%%~dpj.."

set "SHARE="
if exist "%APP%\jicha.jsa" if exist "%APP%\jicha.jsa.release" if exist "%JHOME%\release" (
  fc /b "%JHOME%\release" "%APP%\jicha.jsa.release" >nul 2>&1 && set "SHARE="-XX:SharedArchiveFile=%APP%\jicha.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
)

set "QUICK="
set "FIRST=%~1"
set "SECOND=%~2"
if not defined FIRST goto quickdone
if "%FIRST:~0,1%"=="@" goto quickdone
if "%FIRST% %SECOND%"=="records import" goto quickdone
if "%FIRST% %SECOND%"=="sample verify" goto quickdone
if "%FIRST% %SECOND%"=="stats summary" goto quickdone
if "%FIRST%"=="report" goto quickdone
set "QUICK=-XX:TieredStopAtLevel=1"
:quickdone

rem Java receives its arguments in the ANSI code page (chcp does not change it): a character that page
rem lacks arrives as "?". The environment reaches Java in UTF-16, so the command line goes along in
rem JICHA_CMDLINE and jicha refuses arguments that lost characters (docs/windows.md). Not quoted, so that
rem quotes pair up as on the java line below. The console's own output is UTF-8 while jicha runs.
set JICHA_CMDLINE=%*
set "UTF8OUT=-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
for /f "tokens=2 delims=:." %%c in ('chcp') do set "OLDCP=%%c"
chcp 65001 >nul

if exist "%APP%\jicha.jar" goto layout
if exist "%HERE%target\jicha.jar" goto fatjar
echo jicha: not built yet: run mvnw.cmd -q -DskipTests package in %HERE% 1>&2
set "STATUS=1"
goto restore

rem (goto, not a parenthesized block: an argument with a parenthesis would end the block)
:layout
"%JAVA%" %SHARE% %QUICK% %UTF8OUT% %JICHA_JAVA_OPTS% -jar "%APP%\jicha.jar" %*
set "STATUS=%ERRORLEVEL%"
goto restore

:fatjar
"%JAVA%" %UTF8OUT% %JICHA_JAVA_OPTS% -jar "%HERE%target\jicha.jar" %*
set "STATUS=%ERRORLEVEL%"

:restore
if defined OLDCP chcp %OLDCP% >nul
exit /b %STATUS%
