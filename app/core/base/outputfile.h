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

    // Replace destinations that exist (ogr2ogr's -overwrite; floodctl --overwrite). Never an operation store,
    // a file being read (setSources) or something that is not a regular file.
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    // The files the writer reads: a destination that is one of them is refused.
    void setSources(const QStringList &paths) { m_sources = paths; }
    // Checks the folder (exists, writable), refuses destinations that exist (unless overwriting), creates the
    // staging folder.
    bool begin(QString *error);
    // The check begin() makes of one destination: absent, or (when overwriting) a regular file that is neither
    // one of `sources` nor an operation store.
    static bool checkDestination(const QString &path, bool overwrite, const QStringList &sources, QString *error);
    // A FloodCommand operation store (a SQLite file with the schema_version table).
    static bool isOperationStore(const QString &path);
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
    // An existing file is replaced only when `overwrite` (and never an operation store or a non-regular file).
    static bool saveImage(const QImage &image, const QString &path, QString *error, bool overwrite = true);
    // A short note on free space of the folder holding path when it is nearly full ("" otherwise); for messages.
    static QString diskNote(const QString &path);

private:
    // Staging folders of this naming (".NAME.part-XXXXXX") whose writer is gone are removed, with a warning.
    static void removeStaleStaging(const QString &dir, const QString &fileName);

    QStringList m_destinations;
    QStringList m_sources;
    bool m_overwrite = false;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace fc
