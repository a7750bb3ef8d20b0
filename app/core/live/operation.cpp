#include "app/core/live/operation.h"

#include "app/core/base/clock.h"
#include "app/core/intake/capfolderwatcher.h"
#include "app/core/intake/dropfolder.h"
#include "app/core/intake/readingintake.h"
#include "app/core/io/capalert.h"
#include "app/core/io/capdistrict.h"
#include "app/core/live/alarmservice.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/live/roadnetworkfeed.h"
#include "app/core/live/warningservice.h"
#include "app/core/store/store.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

Operation::Operation(QObject *parent)
    : QObject(parent), m_clock(new Clock(this)), m_warnings(new WarningService(m_clock, this)),
      m_alarms(new AlarmService(m_clock, this)), m_dispatch(new DispatchState(this)), m_roads(new RoadNetworkFeed(this)),
      m_intake(new ReadingIntake(this)), m_cap(new CapFolderWatcher(this))
{
    connect(m_cap, &CapFolderWatcher::fileArrived, this, [this](const QString &path) {
        // Give the writer a moment to finish the file.
        QTimer::singleShot(500, this, [this, path] { importCapFile(path); });
    });
}

Operation::~Operation()
{
    stopIntake();
    bind(nullptr);
}

void Operation::bind(Store *store)
{
    m_intake->setStore(store);
    m_warnings->setStore(store);
    m_alarms->setStore(store);
    m_dispatch->setStore(store);
    m_roads->setStore(store);
}

void Operation::setStore(std::unique_ptr<Store> store)
{
    stopIntake();
    bind(nullptr);
    m_store = std::move(store);
    bind(m_store.get());
    Q_EMIT storeChanged(m_store.get());
}

std::unique_ptr<Store> Operation::takeStore()
{
    stopIntake();
    bind(nullptr);
    Q_EMIT storeChanged(nullptr);
    return std::move(m_store);
}

bool Operation::startIntake(const IntakeOptions &options, QString *error)
{
    stopIntake();
    if (!m_store) {
        *error = tr("no operation store is open");
        return false;
    }
    if (!options.any()) {
        *error = tr("nothing to run: no feed endpoint, drop folder or CAP folder is configured");
        return false;
    }
    QString holder;
    if (!m_store->lockIntake(&holder)) {
        *error = tr("the intake of this operation already runs elsewhere (%1); one intake evaluates the readings of "
                    "an operation")
                     .arg(holder);
        return false;
    }
    if (options.feed) {
        m_feed = std::make_unique<FeedServer>(m_intake, options.feedOptions);
        QString e;
        if (!m_feed->start(&e)) {
            m_feed.reset();
            *error = tr("feed endpoint not started: %1").arg(e);
            return false;
        }
        connect(m_feed.get(), &FeedServer::requestHandled, this, [this](int status, const QString &summary) {
            Q_EMIT intakeMessage(tr("feed %1: %2").arg(status).arg(summary));
        });
    }
    if (!options.dropFolder.isEmpty()) {
        m_drop = std::make_unique<DropFolder>(m_intake, options.dropFolder);
        connect(m_drop.get(), &DropFolder::fileIngested, this, [this](const QString &, bool, const QString &summary) {
            Q_EMIT intakeMessage(summary);
        });
    }
    m_cap->setFolder(options.capFolder);
    m_intakeRunning = true;
    return true;
}

void Operation::stopIntake()
{
    m_feed.reset();
    m_drop.reset();
    m_cap->setFolder(QString());
    m_intakeRunning = false;
}

void Operation::importCapFile(const QString &path)
{
    if (!m_store)
        return;
    // Read and validated off this thread, with the district it is checked against (its boundary read through the
    // store, the plan's area codes); applied against the live state when it comes back.
    struct Read
    {
        CapAlert alert;
        CapDistrict district;
        QString error;
    };
    const QStringList codes = m_warnings->liveState().plan().capGeocodes();
    auto *w = new QFutureWatcher<Read>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, path] {
        const Read read = w->result();
        w->deleteLater();
        if (!m_store || !read.alert.isValid() || !read.error.isEmpty()) {
            Q_EMIT capImported(path, false, read.error);
            return;
        }
        // Alerts for other places are recorded, not taken as signals.
        CapImportOptions options;
        options.district = read.district;
        QString summary, e, note;
        const QList<RowChange> changes = read.alert.changes(m_warnings->liveState(), m_warnings->user(),
                                                            m_clock->liveNow(), options, &summary, &e, &note);
        if (changes.isEmpty()) {
            Q_EMIT capImported(path, e.isEmpty(), e.isEmpty() ? summary : tr("%1: %2").arg(path, e));
            return;
        }
        auto *write = new QFutureWatcher<WriteResult>(this);
        connect(write, &QFutureWatcherBase::finished, this, [this, write, path, summary, msgType = read.alert.msgType] {
            const WriteResult r = write->result();
            write->deleteLater();
            Q_EMIT capImported(path, r.ok, r.ok ? tr("CAP %1: %2").arg(msgType, summary) : tr("%1: %2").arg(path, r.error));
        });
        write->setFuture(m_store->apply(changes, note));
    });
    w->setFuture(QtConcurrent::run([path, codes, use = m_store->use()] {
        Read r;
        r.alert = CapAlert::readFile(path, &r.error);
        if (r.alert.isValid()) {
            QString e;
            r.district = CapDistrict::read(*use.store(), &e, &codes);
            if (!e.isEmpty())
                r.error = tr("%1: %2").arg(path, e);
        }
        return r;
    }));
}

} // namespace fc
