#include "app/core/store/storefile.h"

#include "app/core/base/gpkg.h"
#include "app/core/base/outputfile.h"
#include "app/core/store/schema.h"

#include <sqlite3.h>

#include <QFile>
#include <QUrl>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace fc {

namespace {

QString kindOf(mode_t m)
{
    if (S_ISFIFO(m))
        return StoreFile::tr("a named pipe (FIFO)");
    if (S_ISCHR(m) || S_ISBLK(m))
        return StoreFile::tr("a device");
    if (S_ISSOCK(m))
        return StoreFile::tr("a socket");
    if (S_ISDIR(m))
        return StoreFile::tr("a folder");
    return StoreFile::tr("not a regular file");
}

bool oneRegular(const QString &path, bool mustExist, QString *error)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT && !mustExist)
            return true;
        *error = errno == ENOENT ? StoreFile::tr("%1: file not found").arg(path)
                                 : StoreFile::tr("%1: cannot be read (%2)").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = StoreFile::tr("%1: is %2, not a data file; nothing was read").arg(path, kindOf(st.st_mode));
        return false;
    }
    return true;
}

// Runs a one-value query; false with SQLite's result code on failure.
bool scalar(sqlite3 *db, const char *sql, QString *out, int *rc)
{
    sqlite3_stmt *s = nullptr;
    *rc = sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(s);
        if (*rc == SQLITE_ROW) {
            const unsigned char *t = sqlite3_column_text(s, 0);
            *out = t ? QString::fromUtf8(reinterpret_cast<const char *>(t)) : QString();
            *rc = SQLITE_OK;
        } else if (*rc == SQLITE_DONE) {
            out->clear();
            *rc = SQLITE_OK;
        }
    }
    if (*rc != SQLITE_OK)
        *rc = sqlite3_extended_errcode(db);
    sqlite3_finalize(s);
    return *rc == SQLITE_OK;
}

// Why SQLite could not read a file: corrupt, disk full, a folder it cannot write its -shm file in ...
QString sqliteProblem(sqlite3 *db, int rc, const QString &path)
{
    const QString words = QString::fromUtf8(sqlite3_errmsg(db));
    const QString folder = QFileInfo(path).absolutePath();
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return StoreFile::tr("%1: not a FloodCommand operation store: it starts like an SQLite database but SQLite "
                             "cannot read it (SQLite says: %2): damaged, or not a database; the file was not changed")
            .arg(path, words);
    case SQLITE_CORRUPT:
        return StoreFile::tr("%1: the store is damaged (SQLite says: %2); the file was not changed").arg(path, words);
    case SQLITE_FULL:
        return StoreFile::tr("%1: the disk is full (SQLite says: %2)%3").arg(path, words, OutputFile::diskNote(path));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreFile::tr("%1: another program holds the store locked (SQLite says: %2)").arg(path, words);
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_PERM: {
        // A store in WAL mode is read through a shared-memory file next to it (about 32 KB), created on first use.
        const QStorageInfo disk(folder);
        if (::access(QFile::encodeName(folder).constData(), W_OK) != 0 && !QFileInfo::exists(path + QStringLiteral("-shm")))
            return StoreFile::tr("%1: cannot be read because the folder %2 is not writable: SQLite must create %3-shm "
                                 "and %3-wal next to the store (SQLite says: %4)")
                .arg(path, folder, QFileInfo(path).fileName(), words);
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 256 * 1024)
            return StoreFile::tr("%1: cannot be read because the disk is full (%2 KB free on %3; SQLite needs room for "
                                 "%4-shm) (SQLite says: %5)")
                .arg(path)
                .arg(disk.bytesAvailable() / 1024)
                .arg(disk.rootPath(), QFileInfo(path).fileName(), words);
        return StoreFile::tr("%1: cannot be read (SQLite says: %2)").arg(path, words);
    }
    default:
        return {};
    }
}

} // namespace

bool StoreFile::regularFile(const QString &path, QString *error)
{
    if (path.startsWith(QLatin1String("/vsi")))
        return true;
    if (!oneRegular(path, true, error))
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0) {
        const QString base = path.left(path.size() - 4);
        for (const char *ext : {".shx", ".dbf", ".prj", ".cpg", ".SHX", ".DBF", ".PRJ", ".CPG"})
            if (!oneRegular(base + QLatin1String(ext), false, error))
                return false;
    }
    return true;
}

bool StoreFile::folderWritable(const QString &path)
{
    return ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
}

QString StoreFile::readOnlyUri(const QString &path, bool immutable)
{
    QUrl u = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    u.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    return u.toString(QUrl::FullyEncoded);
}

int StoreFile::inspect(const QString &path, QString *error, bool readOnly)
{
    if (!regularFile(path, error))
        return -1;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read (%2)").arg(path, f.errorString());
        return -1;
    }
    const QByteArray head = f.read(16);
    f.close();
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1: not a FloodCommand operation store (not an SQLite database); the file was not changed").arg(path);
        return -1;
    }
    const QString notOurs = tr("%1: an SQLite database but not a FloodCommand operation store; the file was not changed").arg(path);
    sqlite3 *db = nullptr;
    const QByteArray p = QFileInfo(path).absoluteFilePath().toUtf8();
    int version = -1;
    auto refuse = [&](const QString &why) {
        *error = why;
        sqlite3_close(db);
        return -1;
    };
    // A read-only opening of a store in a folder nobody may write reads the file as immutable (SQLite cannot make
    // its -shm there): only safe when no changes wait in a -wal file beside it.
    const bool immutable = readOnly && !folderWritable(path);
    if (immutable && QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        *error = tr("%1: changes not yet folded into the file wait in %2-wal, and the folder %3 cannot be written: open "
                    "it once where it can be written (or copy the store with floodctl copy) before reading it here; "
                    "the file was not changed")
                     .arg(path, QFileInfo(path).fileName(), QFileInfo(path).absolutePath());
        return -1;
    }
    const QByteArray target = immutable ? readOnlyUri(path, true).toUtf8() : p;
    if (sqlite3_open_v2(target.constData(), &db, SQLITE_OPEN_READONLY | (immutable ? SQLITE_OPEN_URI : 0), nullptr)
        != SQLITE_OK) {
        const QString why = sqliteProblem(db, sqlite3_extended_errcode(db), path);
        return refuse(why.isEmpty() ? tr("%1: cannot be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))) : why);
    }
    QString app, ver;
    int rc = SQLITE_OK;
    if (!scalar(db, "SELECT value FROM fc_meta WHERE key = 'application'", &app, &rc)) {
        const QString why = sqliteProblem(db, rc, path);
        return refuse(why.isEmpty() ? notOurs : why);
    }
    if (app != QLatin1String(Schema::ApplicationName))
        return refuse(notOurs);
    // What `floodctl check` requires of the header and the GeoPackage core, refused here too: a store that check
    // rejects is not written to.
    QString appId, userVersion;
    if (!scalar(db, "PRAGMA application_id", &appId, &rc) || !scalar(db, "PRAGMA user_version", &userVersion, &rc))
        return refuse(sqliteProblem(db, rc, path));
    if (appId.toLongLong() != Gpkg::ApplicationId)
        return refuse(tr("%1: not a valid store: its application_id is %2, not 'GPKG' (damaged, or changed by another "
                         "program); the file was not changed")
                          .arg(path, appId));
    if (userVersion.toLongLong() < 10200)
        return refuse(tr("%1: not a valid store: its user_version %2 is not a GeoPackage 1.2+ version (damaged, or "
                         "changed by another program); the file was not changed")
                          .arg(path, userVersion));
    QString core;
    if (!scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('gpkg_spatial_ref_sys', "
                    "'gpkg_contents', 'gpkg_geometry_columns', 'gpkg_extensions', 'schema_version')",
                &core, &rc))
        return refuse(sqliteProblem(db, rc, path));
    if (core.toInt() != 5)
        return refuse(tr("%1: not a valid store: GeoPackage or FloodCommand core tables are missing (damaged?); the "
                         "file was not changed")
                          .arg(path));
    QString bad;
    if (!scalar(db, "SELECT quote(version) FROM schema_version WHERE typeof(version) <> 'integer' OR version < 1 LIMIT 1",
                &bad, &rc))
        return refuse(sqliteProblem(db, rc, path));
    if (!bad.isEmpty())
        return refuse(tr("%1: not a valid store: schema version %2 is not a whole number from 1 on (damaged?); the "
                         "file was not changed")
                          .arg(path, bad));
    if (!scalar(db, "SELECT max(version) FROM schema_version", &ver, &rc))
        return refuse(sqliteProblem(db, rc, path));
    sqlite3_close(db);
    db = nullptr;
    if (ver.isEmpty()) {
        *error = tr("%1: a FloodCommand store without a schema version (damaged?); the file was not changed").arg(path);
        return -1;
    }
    bool ok = false;
    const qint64 v = ver.toLongLong(&ok);
    constexpr qint64 Plausible = 1000; // far beyond any version FloodCommand will write
    if (!ok || v > Plausible) {
        *error = tr("%1: not a valid store: schema version %2 was never written by FloodCommand (damaged?); the file "
                    "was not changed")
                     .arg(path, ver);
        return -1;
    }
    version = int(v);
    if (version > Schema::CurrentVersion) {
        *error = tr("%1: written by a newer FloodCommand (schema version %2; this version reads up to %3). Open it with "
                    "a newer FloodCommand; the file was not changed.")
                     .arg(path)
                     .arg(version)
                     .arg(Schema::CurrentVersion);
        return -1;
    }
    return version;
}

bool StoreFile::writable(const QString &path, QString *error)
{
    const QByteArray file = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    if (::access(file.constData(), W_OK) != 0) {
        *error = errno == EROFS ? tr("%1: the store is on a read-only disk; copy it to a writable folder to work on it")
                                      .arg(path)
                                : tr("%1: the store file is read-only (%2); make it writable or work on a copy")
                                      .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    const bool walReady = QFileInfo::exists(path + QStringLiteral("-wal")) && QFileInfo::exists(path + QStringLiteral("-shm"));
    if (!walReady && ::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        *error = tr("%1: the folder %2 is not writable; the store needs to create its -wal and -shm files there")
                     .arg(path, folder);
        return false;
    }
    return true;
}

} // namespace fc
