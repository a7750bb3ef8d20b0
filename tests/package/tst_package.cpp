// The Debian package as an HQ's IT staff meet it: built from this build tree (cpack: the package step only), checked
// by lintian, installed with apt-get, the installed programs run, the desktop entry, metainfo and manual checked,
// the intake service's user and unit present and its ExecStart serving as that user, upgraded over itself, removed
// (nothing it installed left but the configuration and the data), purged (the user and /etc/floodcommand gone, the
// data kept). Runs as root (CI) or through sudo -n; refuses to touch a machine where floodcommand is already
// installed. The functions run in order, each on the previous one's state.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString Package = QStringLiteral("floodcommand");
const QString ServiceUser = QStringLiteral("floodcommand");
const QString Instance = QStringLiteral("pkgtest");
const QString DataDir = QStringLiteral("/var/lib/floodcommand/pkgtest");
const QString ConfigFile = QStringLiteral("/etc/floodcommand/pkgtest.conf");

struct Result
{
    int code = -1;
    QString out; // stdout and stderr together
};

} // namespace

class TstPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_deb;
    QStringList m_sudo;          // empty as root, {"sudo", "-n"} otherwise
    QStringList m_installed;     // dpkg -L after the install
    QStringList m_conffiles;
    bool m_touchedSystem = false;

    Result run(const QString &program, const QStringList &args, int timeoutMs = 300000, bool asRoot = false,
               const QString &workDir = QString())
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        if (asRoot && !m_sudo.isEmpty())
            p.start(m_sudo[0], m_sudo.mid(1) + QStringList{QStringLiteral("env"), QStringLiteral("DEBIAN_FRONTEND=noninteractive"), program} + args);
        else
            p.start(program, args);
        Result r;
        if (!p.waitForStarted(30000)) {
            r.out = QStringLiteral("%1: cannot start").arg(program);
            return r;
        }
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.out = QStringLiteral("%1: no answer within %2 s\n").arg(program).arg(timeoutMs / 1000) + QString::fromUtf8(p.readAll());
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAll());
        return r;
    }
    Result root(const QString &program, const QStringList &args, int timeoutMs = 600000)
    {
        return run(program, args, timeoutMs, true);
    }
    static QString show(const QString &what, const Result &r)
    {
        return QStringLiteral("%1 (exit %2):\n%3").arg(what).arg(r.code).arg(r.out.right(6000));
    }
    bool isInstalled()
    {
        const Result r = run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), Package});
        return r.code == 0 && r.out.contains(QStringLiteral("install ok installed"));
    }
    bool userExists(const QString &db, const QString &name)
    {
        return run(QStringLiteral("getent"), {db, name}).code == 0;
    }
    void purgeQuietly()
    {
        root(QStringLiteral("apt-get"), {QStringLiteral("purge"), QStringLiteral("-y"), QStringLiteral("-qq"), Package});
        root(QStringLiteral("rm"), {QStringLiteral("-rf"), DataDir});
        root(QStringLiteral("rmdir"), {QStringLiteral("--ignore-fail-on-non-empty"), QStringLiteral("/var/lib/floodcommand")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        if (::geteuid() != 0) {
            m_sudo = {QStringLiteral("sudo"), QStringLiteral("-n")};
            QVERIFY2(root(QStringLiteral("true"), {}).code == 0,
                     "the package test installs the package: run it as root (CI) or with password-less sudo");
        }
        for (const char *tool : {"apt-get", "dpkg-deb", "fakeroot", "lintian", "desktop-file-validate", "appstreamcli", "man", "setpriv",
                                 "systemd-analyze"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()
                         || !QStandardPaths::findExecutable(QString::fromLatin1(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: packaging/install-deps.sh installs it").arg(QLatin1String(tool))));
        QVERIFY2(!isInstalled(), "floodcommand is installed on this machine: the package test would replace and then "
                                 "purge it; remove it first (apt-get purge floodcommand)");
        QVERIFY2(!QFileInfo::exists(DataDir), qPrintable(DataDir + QStringLiteral(" exists: left by an earlier run? remove it")));
    }

    void buildPackage()
    {
        // The package step only: the programs, manual pages and icons are already built (`all`).
        const Result r = run(QStringLiteral(FC_CPACK), {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                                        QStringLiteral(FC_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), m_work.path()},
                             600000);
        QVERIFY2(r.code == 0, qPrintable(show(QStringLiteral("cpack"), r)));
        const QStringList debs = QDir(m_work.path()).entryList({QStringLiteral("floodcommand_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_work.filePath(debs.first());
        const Result info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--info"), m_deb});
        QVERIFY2(info.code == 0, qPrintable(show(QStringLiteral("dpkg-deb --info"), info)));
        qInfo().noquote() << QStringLiteral("%1: %2 KiB").arg(debs.first()).arg(QFileInfo(m_deb).size() / 1024);
        qInfo().noquote() << info.out;
        QVERIFY2(info.out.contains(QStringLiteral("Section: science")) && info.out.contains(QStringLiteral("Priority: optional")), qPrintable(info.out));
        for (const char *dep : {"libqt6sql6-sqlite", "libqt6sql6-psql", "libqt6core6", "libqt6svg6", "libgdal32", "libproj25",
                                "libqt6multimedia6", "fonts-wqy-microhei", "adduser"})
            QVERIFY2(info.out.contains(QLatin1String(dep)), dep);
        // Nothing needed only for building.
        for (const char *dev : {"-dev", "cmake", "build-essential", "qt6-tools"})
            QVERIFY2(!info.out.section(QStringLiteral("Depends:"), 1).section(QLatin1Char('\n'), 0, 0).contains(QLatin1String(dev)), dev);
    }

    void lintianHasNoErrors()
    {
        const Result r = run(QStringLiteral("lintian"), {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), QStringLiteral("--fail-on"),
                                                          QStringLiteral("error"), m_deb}, 600000);
        qInfo().noquote() << QStringLiteral("lintian:\n") + r.out;
        QVERIFY2(r.code == 0, qPrintable(show(QStringLiteral("lintian"), r)));
    }

    void installsWithApt()
    {
        m_touchedSystem = true;
        const Result r = root(QStringLiteral("apt-get"), {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"),
                                                          QStringLiteral("--no-install-recommends"), m_deb});
        QVERIFY2(r.code == 0, qPrintable(show(QStringLiteral("apt-get install ./…deb"), r)));
        QVERIFY(isInstalled());
        const Result list = run(QStringLiteral("dpkg-query"), {QStringLiteral("-L"), Package});
        QCOMPARE(list.code, 0);
        m_installed = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const char *f : {"/usr/bin/floodcommand", "/usr/bin/floodctl", "/usr/share/applications/floodcommand.desktop",
                              "/usr/share/metainfo/org.floodcommand.FloodCommand.metainfo.xml",
                              "/usr/share/icons/hicolor/scalable/apps/floodcommand.svg",
                              "/usr/share/icons/hicolor/48x48/apps/floodcommand.png",
                              "/usr/share/icons/hicolor/256x256/apps/floodcommand.png",
                              "/usr/share/man/man1/floodctl.1.gz", "/usr/share/man/man1/floodcommand.1.gz",
                              "/usr/share/bash-completion/completions/floodctl", "/lib/systemd/system/floodctl-serve@.service",
                              "/usr/share/doc/floodcommand/copyright"})
            QVERIFY2(m_installed.contains(QLatin1String(f)) && QFileInfo::exists(QLatin1String(f)), f);
        QVERIFY2(userExists(QStringLiteral("passwd"), ServiceUser), "the package creates the service user");
        const Result pw = run(QStringLiteral("getent"), {QStringLiteral("passwd"), ServiceUser});
        QVERIFY2(pw.out.contains(QStringLiteral(":/var/lib/floodcommand:")) && pw.out.contains(QStringLiteral("nologin")), qPrintable(pw.out));
    }

    void installedProgramsRun()
    {
        const Result v = run(QStringLiteral("/usr/bin/floodctl"), {QStringLiteral("--version")});
        QVERIFY2(v.code == 0 && QRegularExpression(QStringLiteral("^floodctl " FC_VERSION " \\(build [0-9a-f]{12}")).match(v.out).hasMatch(),
                 qPrintable(show(QStringLiteral("floodctl --version"), v)));
        const Result gv = run(QStringLiteral("/usr/bin/floodcommand"), {QStringLiteral("--version")});
        QVERIFY2(gv.code == 0 && gv.out.startsWith(QStringLiteral("floodcommand " FC_VERSION " (build ")), qPrintable(gv.out));

        QTemporaryDir dir;
        const Result init = run(QStringLiteral("/usr/bin/floodctl"), {QStringLiteral("init"), QStringLiteral("x.gpkg"), QStringLiteral("--demo")},
                                120000, false, dir.path());
        QVERIFY2(init.code == 0, qPrintable(show(QStringLiteral("floodctl init x.gpkg --demo"), init)));
        const Result check = run(QStringLiteral("/usr/bin/floodctl"), {QStringLiteral("check"), QStringLiteral("x.gpkg")}, 120000, false, dir.path());
        QVERIFY2(check.code == 0, qPrintable(show(QStringLiteral("floodctl check x.gpkg"), check)));

        // The installed window, offscreen, on the demo district in Chinese: a drawn window, not a blank one.
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const Result s = run(QStringLiteral("/usr/bin/floodcommand"), {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                                       QStringLiteral("--screenshot"), shot, QStringLiteral("--size"),
                                                                       QStringLiteral("1920x1080")}, 180000);
        QVERIFY2(s.code == 0, qPrintable(show(QStringLiteral("floodcommand --demo --screenshot"), s)));
        const QImage img(shot);
        QVERIFY2(img.width() == 1920 && img.height() >= 1080, qPrintable(shot));
        QHash<QRgb, int> colours;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                ++colours[img.pixel(x, y) & 0xF0F0F0];
        int top = 0;
        for (int n : std::as_const(colours))
            top = std::max(top, n);
        const int samples = (img.width() / 4) * (img.height() / 4);
        QVERIFY2(colours.size() > 50 && top < samples * 8 / 10,
                 qPrintable(QStringLiteral("%1 colours, the commonest on %2 of %3 samples").arg(colours.size()).arg(top).arg(samples)));
    }

    void desktopEntryMetainfoManual()
    {
        const Result d = run(QStringLiteral("desktop-file-validate"), {QStringLiteral("/usr/share/applications/floodcommand.desktop")});
        QVERIFY2(d.code == 0 && d.out.trimmed().isEmpty(), qPrintable(show(QStringLiteral("desktop-file-validate"), d)));
        const Result a = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                               QStringLiteral("/usr/share/metainfo/org.floodcommand.FloodCommand.metainfo.xml")});
        QVERIFY2(a.code == 0, qPrintable(show(QStringLiteral("appstreamcli validate --no-net"), a)));
        const Result m = run(QStringLiteral("man"), {QStringLiteral("-w"), QStringLiteral("floodctl")});
        QVERIFY2(m.code == 0 && m.out.trimmed() == QLatin1String("/usr/share/man/man1/floodctl.1.gz"), qPrintable(show(QStringLiteral("man -w floodctl"), m)));
        QCOMPARE(run(QStringLiteral("man"), {QStringLiteral("-w"), QStringLiteral("floodcommand")}).code, 0);

        // The manual and the completion list every command `floodctl --help` lists (both come from the registry).
        const Result help = run(QStringLiteral("/usr/bin/floodctl"), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QStringList names;
        static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z0-9-]*)( |$)"));
        for (const QString &l : help.out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch mm = line.match(l);
            if (mm.hasMatch())
                names.append(mm.captured(1));
        }
        QVERIFY2(names.size() >= 20, qPrintable(help.out));
        const Result page = run(QStringLiteral("man"), {QStringLiteral("-P"), QStringLiteral("cat"), QStringLiteral("floodctl")});
        QCOMPARE(page.code, 0);
        QFile completion(QStringLiteral("/usr/share/bash-completion/completions/floodctl"));
        QVERIFY(completion.open(QIODevice::ReadOnly));
        const QString completionText = QString::fromUtf8(completion.readAll());
        for (const QString &n : std::as_const(names)) {
            QVERIFY2(QRegularExpression(QStringLiteral("\\n\\s+") + QRegularExpression::escape(n) + QStringLiteral("\\s")).match(page.out).hasMatch(),
                     qPrintable(QStringLiteral("floodctl(1) lacks the command %1").arg(n)));
            QVERIFY2(completionText.contains(QStringLiteral("        %1) opts=").arg(n)), qPrintable(QStringLiteral("the completion lacks %1").arg(n)));
        }
        // Completion as bash-completion runs it: commands, a command's options, an option's choices.
        const Result bashCheck = run(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral(
            ". /usr/share/bash-completion/bash_completion && . /usr/share/bash-completion/completions/floodctl || exit 9\n"
            "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE=\"${COMP_WORDS[*]}\"; "
            "COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _floodctl; echo \"${COMPREPLY[*]}\"; }\n"
            "t floodctl se; t floodctl serve --tls; t floodctl import x.gpkg f.shp --on-error ''\n")});
        QVERIFY2(bashCheck.code == 0 && bashCheck.out == QLatin1String("serve\n--tls-certificate --tls-key\nabort skip\n"),
                 qPrintable(show(QStringLiteral("bash completion"), bashCheck)));
    }

    void serviceRunsAsItsUser()
    {
        // The unit as systemd reads it, and its ExecStart run the way the unit runs it: as the service user, with the
        // configuration file from /etc/floodcommand, on a store in the service's folder.
        const Result verify = run(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), QStringLiteral("/lib/systemd/system/floodctl-serve@.service")});
        QVERIFY2(verify.code == 0, qPrintable(show(QStringLiteral("systemd-analyze verify"), verify)));
        QVERIFY(root(QStringLiteral("install"), {QStringLiteral("-d"), QStringLiteral("-o"), ServiceUser, QStringLiteral("-g"), ServiceUser, DataDir}).code == 0);
        const Result init = root(QStringLiteral("runuser"), {QStringLiteral("-u"), ServiceUser, QStringLiteral("--"), QStringLiteral("/usr/bin/floodctl"),
                                                             QStringLiteral("init"), DataDir + QStringLiteral("/operation.gpkg"), QStringLiteral("--demo")});
        QVERIFY2(init.code == 0, qPrintable(show(QStringLiteral("floodctl init as the service user"), init)));
        QVERIFY(root(QStringLiteral("install"), {QStringLiteral("-d"), QStringLiteral("-o"), ServiceUser, QStringLiteral("-g"), ServiceUser, DataDir + QStringLiteral("/drop")}).code == 0);
        const QString token = m_work.filePath(QStringLiteral("pkgtest.token"));
        const QString conf = m_work.filePath(QStringLiteral("pkgtest.conf"));
        {
            QFile t(token);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("package-test-token-0123456789\n");
            QFile c(conf);
            QVERIFY(c.open(QIODevice::WriteOnly));
            c.write(QStringLiteral("# package test\nstore = %1/operation.gpkg\ndrop = %1/drop\nlisten = 127.0.0.1:18467\n"
                                   "token-file = /etc/floodcommand/pkgtest.token\nuser = intake\n").arg(DataDir).toUtf8());
        }
        QVERIFY(root(QStringLiteral("install"), {QStringLiteral("-o"), ServiceUser, QStringLiteral("-g"), ServiceUser, QStringLiteral("-m"), QStringLiteral("600"),
                                                 token, QStringLiteral("/etc/floodcommand/pkgtest.token")}).code == 0);
        QVERIFY(root(QStringLiteral("install"), {QStringLiteral("-m"), QStringLiteral("644"), conf, ConfigFile}).code == 0);

        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        // setpriv execs (no parent process in between): the process started is floodctl, as under systemd.
        QStringList cmd{QStringLiteral("setpriv"), QStringLiteral("--reuid=") + ServiceUser, QStringLiteral("--regid=") + ServiceUser,
                        QStringLiteral("--clear-groups"), QStringLiteral("env"), QStringLiteral("HOME=/var/lib/floodcommand"),
                        QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("/usr/bin/floodctl"),
                        QStringLiteral("serve"), QStringLiteral("--config"), ConfigFile};
        cmd = m_sudo + cmd;
        serve.start(cmd.first(), cmd.mid(1));
        QVERIFY(serve.waitForStarted());
        QString log;
        QTRY_VERIFY2_WITH_TIMEOUT((log += QString::fromUtf8(serve.readAll())).contains(QStringLiteral("serving ")), qPrintable(log), 60000);
        QVERIFY2(log.contains(QStringLiteral("feed endpoint on http 127.0.0.1:18467")), qPrintable(log));
        // A post with the token is answered by the intake.
        QTcpSocket sock;
        sock.connectToHost(QStringLiteral("127.0.0.1"), 18467);
        QVERIFY(sock.waitForConnected(10000));
        const QByteArray body = "sensor,time,value\nS-RAIN-01,2024-09-16T10:00:00+08:00,1.5\n";
        sock.write("POST /readings HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer package-test-token-0123456789\r\n"
                   "Content-Type: text/csv\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((sock.waitForReadyRead(100), answer += sock.readAll()).contains("\r\n\r\n"), 20000);
        QVERIFY2(answer.startsWith("HTTP/1.1 "), answer.constData());
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        // SIGTERM, as systemd stops it (to the process started here: floodctl itself, or sudo, which passes it on).
        serve.terminate();
        QVERIFY(serve.waitForFinished(60000));
        log += QString::fromUtf8(serve.readAll());
        QVERIFY2(serve.exitCode() == 0 && log.contains(QStringLiteral("stopped after")), qPrintable(log));
    }

    void upgradeKeepsDataAndConfiguration()
    {
        // A newer package over this one: the same files with a higher version (repacked).
        const QString tree = m_work.filePath(QStringLiteral("newer"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-R"), m_deb, tree}).code, 0);
        QFile control(tree + QStringLiteral("/DEBIAN/control"));
        QVERIFY(control.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(control.readAll());
        control.close();
        text.replace(QRegularExpression(QStringLiteral("^Version: (.*)$"), QRegularExpression::MultilineOption), QStringLiteral("Version: \\1+upgradetest1"));
        QVERIFY(control.open(QIODevice::WriteOnly | QIODevice::Truncate));
        control.write(text.toUtf8());
        control.close();
        const QString newer = m_work.filePath(QStringLiteral("floodcommand_newer.deb"));
        const Result b = run(QStringLiteral("fakeroot"), {QStringLiteral("dpkg-deb"), QStringLiteral("-Zgzip"), QStringLiteral("-b"), tree, newer});
        QVERIFY2(b.code == 0, qPrintable(show(QStringLiteral("dpkg-deb -b"), b)));
        const Result r = root(QStringLiteral("apt-get"), {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"), newer});
        QVERIFY2(r.code == 0, qPrintable(show(QStringLiteral("apt-get install newer"), r)));
        QVERIFY(run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), Package}).out.endsWith(QStringLiteral("+upgradetest1")));
        QVERIFY(QFileInfo::exists(DataDir + QStringLiteral("/operation.gpkg")));
        QVERIFY(QFileInfo::exists(ConfigFile));
        QVERIFY(QFileInfo::exists(QStringLiteral("/etc/floodcommand/pkgtest.token")));
        QVERIFY(userExists(QStringLiteral("passwd"), ServiceUser));
        const Result check = root(QStringLiteral("runuser"), {QStringLiteral("-u"), ServiceUser, QStringLiteral("--"), QStringLiteral("/usr/bin/floodctl"),
                                                              QStringLiteral("check"), DataDir + QStringLiteral("/operation.gpkg")});
        QVERIFY2(check.code == 0, qPrintable(show(QStringLiteral("floodctl check after the upgrade"), check)));
    }

    void removeLeavesOnlyConfigurationAndData()
    {
        const Result r = root(QStringLiteral("apt-get"), {QStringLiteral("remove"), QStringLiteral("-y"), QStringLiteral("-q"), Package});
        QVERIFY2(r.code == 0, qPrintable(show(QStringLiteral("apt-get remove"), r)));
        QVERIFY(!isInstalled());
        QStringList left;
        for (const QString &path : std::as_const(m_installed)) {
            const QFileInfo fi(path);
            if (!fi.exists() && !fi.isSymLink())
                continue;
            if (path == QLatin1String("/etc/floodcommand"))
                continue; // holds the administrator's configuration: kept until purge
            if (fi.isDir() && fi.isSymLink())
                continue; // the system's own link (/lib -> usr/lib on a merged /usr)
            if (fi.isDir()) {
                // A folder other packages share (/usr/share/man/man1 ...) stays.
                if (run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), path}).code == 0 || path == QLatin1String("/."))
                    continue;
            }
            left.append(path);
        }
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind after removal: ") + left.join(QStringLiteral(", "))));
        QVERIFY2(QFileInfo::exists(DataDir + QStringLiteral("/operation.gpkg")), "the operation's data is kept");
        QVERIFY2(QFileInfo::exists(ConfigFile), "the configuration is kept until purge");
        QVERIFY2(userExists(QStringLiteral("passwd"), ServiceUser), "the service user is kept until purge");
    }

    void purgeRemovesUserAndConfigurationOnly()
    {
        const Result r = root(QStringLiteral("apt-get"), {QStringLiteral("purge"), QStringLiteral("-y"), QStringLiteral("-q"), Package});
        QVERIFY2(r.code == 0, qPrintable(show(QStringLiteral("apt-get purge"), r)));
        QVERIFY(run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), Package}).code != 0
                || run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), Package}).out.contains(QStringLiteral("not-installed")));
        QVERIFY2(!QFileInfo::exists(QStringLiteral("/etc/floodcommand")), "purge removes /etc/floodcommand");
        QVERIFY2(!userExists(QStringLiteral("passwd"), ServiceUser), "purge removes the service user");
        QVERIFY2(!userExists(QStringLiteral("group"), ServiceUser), "purge removes the service group");
        QVERIFY2(QFileInfo::exists(DataDir + QStringLiteral("/operation.gpkg")), "purge keeps the operation's data");
    }

    void cleanupTestCase()
    {
        if (m_touchedSystem)
            purgeQuietly();
    }
};

QTEST_GUILESS_MAIN(TstPackage)
#include "tst_package.moc"
