#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QImage;
class QTemporaryDir;

namespace fc {

// Writes that appear complete or not at all. Output is written to a hidden staging folder (or temporary file)
// next to the destination, flushed to disk, checked, and only then renamed over the final name; on any failure
// the staging files are removed and the destination is left as it was. Used by every file writer: exports,
// rendered and screenshot images.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    // destinations: the final paths (one, or several for a shapefile's .shp/.shx/.dbf ...), all in one folder.
    explicit OutputFile(const QStringList &destinations);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks the folder (exists, writable), refuses destinations that exist, creates the staging folder.
    bool begin(QString *error);
    // Where to write destination i while staging.
    QString stagingPath(int i = 0) const;
    // Flushes every staged file to disk and renames each over its destination. Files a writer did not
    // produce (a shapefile without .prj) are skipped. On failure nothing stays at the destinations.
    bool commit(QString *error);

    // A destination that exists must be a regular file (after following links): a device, named pipe, socket
    // or folder is refused with a message saying what it is, before anything is written or renamed.
    static bool checkDestination(const QString &path, QString *error);
    // Image writing: the format the file name says (.png, .jpg/.jpeg); an empty string and an error otherwise.
    static QByteArray imageFormat(const QString &path, QString *error);
    // Saves an image through a temporary file in the same folder, checking every write and the close.
    static bool saveImage(const QImage &image, const QString &path, QString *error);
    // A short note on free space of the folder holding path when it is nearly full ("" otherwise); for messages.
    static QString diskNote(const QString &path);

private:
    // Staging folders of this naming (".NAME.part-XXXXXX") whose writer is gone are removed, with a warning.
    static void removeStaleStaging(const QString &dir, const QString &fileName);

    QStringList m_destinations;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace fc
