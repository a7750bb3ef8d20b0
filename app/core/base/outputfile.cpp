#include "app/core/base/outputfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fc {

namespace {

// fsync one file (or folder); the error text, or empty on success.
QString syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    QString why;
    if (::fsync(fd) != 0 && errno != EINVAL) // EINVAL: the file system cannot sync this kind of file (a folder on some)
        why = QString::fromLocal8Bit(std::strerror(errno));
    if (::close(fd) != 0 && why.isEmpty())
        why = QString::fromLocal8Bit(std::strerror(errno));
    return why;
}

// The folder of a destination: must exist and be writable.
bool checkFolder(const QString &path, QString *error)
{
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists()) {
        *error = OutputFile::tr("%1: the folder %2 does not exist").arg(path, dir.filePath());
        return false;
    }
    if (!dir.isDir()) {
        *error = OutputFile::tr("%1: %2 is not a folder").arg(path, dir.filePath());
        return false;
    }
    if (!dir.isWritable()) {
        *error = OutputFile::tr("%1: cannot write in the folder %2 (permission denied or read-only)")
                     .arg(path, dir.filePath());
        return false;
    }
    return true;
}

} // namespace

bool OutputFile::checkDestination(const QString &path, QString *error)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return true; // absent (a dangling link is refused where the file would be written)
    if (S_ISREG(st.st_mode))
        return true;
    const char *what = S_ISDIR(st.st_mode)                         ? QT_TR_NOOP("a folder")
                       : S_ISFIFO(st.st_mode)                        ? QT_TR_NOOP("a named pipe")
                       : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? QT_TR_NOOP("a device")
                       : S_ISSOCK(st.st_mode)                        ? QT_TR_NOOP("a socket")
                                                                     : QT_TR_NOOP("a special file");
    *error = tr("%1 is %2, not a regular file; refusing to write over it").arg(path, tr(what));
    return false;
}

OutputFile::OutputFile(const QStringList &destinations)
{
    for (const QString &d : destinations)
        m_destinations.append(QFileInfo(d).absoluteFilePath());
}

OutputFile::~OutputFile() = default; // the staging folder and anything left in it go with m_staging

bool OutputFile::begin(QString *error)
{
    if (m_destinations.isEmpty()) {
        *error = tr("no output file given");
        return false;
    }
    const QString &first = m_destinations.first();
    if (!checkFolder(first, error))
        return false;
    for (const QString &d : std::as_const(m_destinations))
        if (!checkDestination(d, m_overwrite, m_sources, error))
            return false;
    const QString dir = QFileInfo(first).absolutePath();
    removeStaleStaging(dir, QFileInfo(first).fileName());
    m_staging = std::make_unique<QTemporaryDir>(QDir(dir).filePath(QStringLiteral(".%1.part-XXXXXX").arg(QFileInfo(first).fileName())));
    if (!m_staging->isValid()) {
        *error = tr("%1: cannot create a temporary folder in %2: %3%4")
                     .arg(first, dir, m_staging->errorString(), diskNote(first));
        m_staging.reset();
        return false;
    }
    // Who stages here: a later run removes the folder once this process is gone (killed half-way).
    QFile owner(QDir(m_staging->path()).filePath(QStringLiteral(".owner")));
    if (owner.open(QIODevice::WriteOnly))
        owner.write(QByteArray::number(qint64(::getpid())));
    return true;
}

void OutputFile::removeStaleStaging(const QString &dir, const QString &fileName)
{
    const QString prefix = QStringLiteral(".%1.part-").arg(fileName);
    const QFileInfoList found = QDir(dir).entryInfoList({prefix + QStringLiteral("??????")},
                                                        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &f : found) {
        QFile owner(QDir(f.filePath()).filePath(QStringLiteral(".owner")));
        bool alive = false;
        if (owner.open(QIODevice::ReadOnly)) {
            const qint64 pid = owner.readAll().trimmed().toLongLong();
            alive = pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        } else {
            alive = f.lastModified().secsTo(QDateTime::currentDateTimeUtc()) < 3600; // being set up, or not ours
        }
        if (alive)
            continue;
        if (QDir(f.filePath()).removeRecursively())
            qWarning("%s", qPrintable(tr("removed %1 left by an interrupted export").arg(f.filePath())));
    }
}

QString OutputFile::stagingPath(int i) const
{
    if (!m_staging || i < 0 || i >= m_destinations.size())
        return {};
    return QDir(m_staging->path()).filePath(QFileInfo(m_destinations[i]).fileName());
}

bool OutputFile::commit(QString *error)
{
    if (!m_staging) {
        *error = tr("internal error: output not started");
        return false;
    }
    QList<int> present;
    for (int i = 0; i < m_destinations.size(); ++i) {
        const QString staged = stagingPath(i);
        if (!QFileInfo::exists(staged))
            continue;
        const QString why = syncToDisk(staged);
        if (!why.isEmpty()) {
            *error = tr("%1: cannot write to disk: %2%3; nothing was written")
                         .arg(m_destinations[i], why, diskNote(m_destinations[i]));
            return false;
        }
        present.append(i);
    }
    if (present.isEmpty()) {
        *error = tr("%1: the writer produced no file; nothing was written").arg(m_destinations.first());
        return false;
    }
    QStringList moved;
    if (m_overwrite) {
        // Checked again just before: what appeared since begin() must still be a file we may replace.
        for (int i : std::as_const(present))
            if (!checkDestination(m_destinations[i], true, m_sources, error))
                return false;
    }
    for (int i : std::as_const(present)) {
        // QFile::rename refuses to replace a file that appeared meanwhile: nothing of someone else's is lost.
        // Overwriting, rename(2) replaces the old file in one step (there is no moment with neither).
        const bool ok = m_overwrite ? ::rename(QFile::encodeName(stagingPath(i)).constData(),
                                               QFile::encodeName(m_destinations[i]).constData()) == 0
                                    : QFile::rename(stagingPath(i), m_destinations[i]);
        if (!ok) {
            for (const QString &m : std::as_const(moved))
                QFile::remove(m);
            *error = tr("%1: cannot move the finished file into place (%2); nothing was written")
                         .arg(m_destinations[i], QFileInfo::exists(m_destinations[i]) ? tr("it exists now") : tr("rename failed"));
            return false;
        }
        moved.append(m_destinations[i]);
    }
    if (m_overwrite) // files of the old output the writer did not produce this time (a shapefile's old .cpg)
        for (int i = 0; i < m_destinations.size(); ++i)
            if (!present.contains(i) && QFileInfo(m_destinations[i]).isFile())
                QFile::remove(m_destinations[i]);
    syncToDisk(QFileInfo(m_destinations.first()).absolutePath()); // the renames themselves
    m_staging.reset();
    return true;
}

bool OutputFile::isOperationStore(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16))
        return false;
    f.close();
    sqlite3 *db = nullptr;
    bool store = false;
    const QByteArray uri = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", -1,
                               &st, nullptr) == SQLITE_OK)
            store = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    } else {
        store = true; // a SQLite file we cannot look into: do not take the risk
    }
    sqlite3_close(db);
    return store;
}

bool OutputFile::checkDestination(const QString &path, bool overwrite, const QStringList &sources, QString *error)
{
    if (!checkDestination(path, error)) // a device, pipe, socket or folder: named as such
        return false;
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::lstat(name.constData(), &st) != 0)
        return true; // absent
    struct stat target;
    if (::stat(name.constData(), &target) != 0 || !S_ISREG(target.st_mode)) {
        *error = tr("%1: is not a regular file (a device, pipe, folder or broken link); nothing was written").arg(path);
        return false;
    }
    for (const QString &src : sources) {
        struct stat s;
        if (::stat(QFile::encodeName(src).constData(), &s) == 0 && s.st_dev == target.st_dev && s.st_ino == target.st_ino) {
            *error = tr("%1: is the file being read (%2); write to another file").arg(path, src);
            return false;
        }
    }
    if (isOperationStore(path)) {
        *error = tr("%1: is an operation store; an export never replaces one (write to another file)").arg(path);
        return false;
    }
    if (!overwrite) {
        *error = tr("%1: already exists; choose a new file (or --overwrite to replace it)").arg(path);
        return false;
    }
    return true;
}

QByteArray OutputFile::imageFormat(const QString &path, QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    QByteArray format;
    if (ext == QLatin1String("png"))
        format = "png";
    else if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg"))
        format = "jpeg";
    if (format.isEmpty() || !QImageWriter::supportedImageFormats().contains(format)) {
        *error = ext.isEmpty() ? tr("%1: the file name has no extension: name it .png or .jpg").arg(path)
                               : tr("%1: cannot write images as '.%2': name it .png or .jpg").arg(path, ext);
        return {};
    }
    return format;
}

bool OutputFile::saveImage(const QImage &image, const QString &path, QString *error, bool overwrite)
{
    const QByteArray format = imageFormat(path, error);
    if (format.isEmpty())
        return false;
    if (image.isNull()) {
        *error = tr("%1: nothing to save (the image is empty)").arg(path);
        return false;
    }
    if (!checkFolder(path, error) || !checkDestination(path, error))
        return false;
    if (QFileInfo(path).isDir()) {
        *error = tr("%1: is a folder").arg(path);
        return false;
    }
    if (!checkDestination(path, overwrite, {}, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2%3").arg(path, file.errorString(), diskNote(path));
        return false;
    }
    QImageWriter writer(&file, format);
    if (format == "jpeg")
        writer.setQuality(92);
    if (!writer.write(image) || file.error() != QFileDevice::NoError) {
        const QString why = file.error() != QFileDevice::NoError ? file.errorString() : writer.errorString();
        file.cancelWriting();
        *error = tr("%1: cannot write: %2%3; nothing was written").arg(path, why, diskNote(path));
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2%3; nothing was written").arg(path, file.errorString(), diskNote(path));
        return false;
    }
    return true;
}

QString OutputFile::diskNote(const QString &path)
{
    const QStorageInfo s(QFileInfo(path).absolutePath());
    if (!s.isValid() || s.bytesAvailable() < 0)
        return {};
    if (s.isReadOnly())
        return tr(" (the disk %1 is read-only)").arg(s.rootPath());
    if (s.bytesAvailable() < 4 * 1024 * 1024)
        return tr(" (disk full: %1 KB free on %2)").arg(s.bytesAvailable() / 1024).arg(s.rootPath());
    return {};
}

} // namespace fc
