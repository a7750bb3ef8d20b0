#include "app/gui/mapactions.h"

#include "app/core/base/outputfile.h"

#include "maps/maprenderjob.h"
#include "widgets/map/mapcanvas.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>
#include <QToolBar>

namespace fc {

MapActions::MapActions(MapCanvas *canvas, QWidget *window) : QObject(window), m_canvas(canvas), m_window(window)
{
    auto add = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_nav.append(a);
        return a;
    };
    add(tr("&Full extent"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_canvas->zoomToFullExtent(); });
    add(tr("Zoom &in"), QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); });
    add(tr("Zoom &out"), QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); });

    m_tools = new QActionGroup(this);
    auto tool = [&](const QString &text, const QKeySequence &key, MapCanvas::Tool t) {
        auto *a = new QAction(text, m_tools);
        a->setCheckable(true);
        a->setShortcut(key);
        a->setChecked(t == MapCanvas::Tool::Pan);
        connect(a, &QAction::triggered, this, [this, t] { m_canvas->setTool(t); });
    };
    tool(tr("&Pan / identify"), QKeySequence(Qt::Key_P), MapCanvas::Tool::Pan);
    tool(tr("Zoom &box"), QKeySequence(Qt::Key_Z), MapCanvas::Tool::ZoomBox);
    tool(tr("Measure &distance"), QKeySequence(Qt::Key_D), MapCanvas::Tool::MeasureDistance);
    tool(tr("Measure &area"), QKeySequence(Qt::Key_A), MapCanvas::Tool::MeasureArea);

    m_export = new QAction(tr("&Export map image…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MapActions::exportImage);
}

void MapActions::addTo(QMenu *menu, QToolBar *toolbar)
{
    for (QAction *a : m_nav) {
        menu->addAction(a);
        toolbar->addAction(a);
    }
    menu->addSeparator();
    toolbar->addSeparator();
    for (QAction *a : m_tools->actions()) {
        menu->addAction(a);
        toolbar->addAction(a);
    }
    menu->addSeparator();
    menu->addAction(m_export);
    toolbar->addAction(m_export);
}

void MapActions::exportImage()
{
    QDialog dlg(m_window);
    dlg.setWindowTitle(tr("Export map image"));
    auto *w = new QSpinBox(&dlg);
    auto *h = new QSpinBox(&dlg);
    for (QSpinBox *s : {w, h}) {
        s->setRange(100, 16384);
        s->setSuffix(tr(" px"));
    }
    w->setValue(3840);
    h->setValue(int(3840.0 * m_canvas->height() / std::max(1, m_canvas->width())));
    auto *form = new QFormLayout(&dlg);
    form->addRow(tr("Width"), w);
    form->addRow(tr("Height"), h);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export map image"), QStringLiteral("map.png"),
                                                tr("PNG images (*.png);;JPEG images (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString formatError;
    if (OutputFile::imageFormat(path, &formatError).isEmpty()) {
        QMessageBox::warning(m_window, tr("Export map image"), formatError);
        return;
    }

    // Same view centre and ground coverage as the canvas, at the requested pixel size.
    MapSettings s = m_canvas->settings();
    const Extent e = s.extent();
    s.setOutputSize(QSize(w->value(), h->value()));
    s.setDevicePixelRatio(1.0);
    s.setExtent(e);
    s.setLayers(m_canvas->layers());
    auto *job = new MapRenderJob(s, this);
    auto *progress = new QProgressDialog(tr("Rendering %1 × %2 px…").arg(w->value()).arg(h->value()), tr("Cancel"), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, job, &MapRenderJob::cancel);
    const QColor bg = m_canvas->background();
    connect(job, &MapRenderJob::finished, this, [this, job, progress, path, bg] {
        progress->deleteLater();
        job->deleteLater();
        if (job->result().cancelled)
            return;
        // Compose and encode the PNG off the GUI thread too.
        // Written through a temporary file: a full disk leaves no partial image behind. Result: the error, or empty.
        auto *saver = new QFutureWatcher<QString>(this);
        connect(saver, &QFutureWatcher<QString>::finished, this, [this, saver] {
            saver->deleteLater();
            if (!saver->result().isEmpty())
                QMessageBox::warning(m_window, tr("Export map image"), tr("Could not write the image:\n%1").arg(saver->result()));
        });
        saver->setFuture(QtConcurrent::run([result = job->result(), bg, path] {
            QString error;
            return OutputFile::saveImage(result.composed(bg), path, &error) ? QString() : error;
        }));
    });
    job->start();
}

} // namespace fc
