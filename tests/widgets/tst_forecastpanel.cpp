// The forecast panel on the demo operation: the model runs off the GUI thread (the event loop keeps turning), the
// depth layer appears on the map with a time slider over the snapshots, the predicted roads are listed as forecast,
// and a cancel stops the run without touching the map. FC_FORECAST_SHOT=FILE.png keeps a picture of the window.
#include "app/core/district/demodistrict.h"
#include "app/core/district/demooperation.h"
#include "app/core/district/floodlayers.h"
#include "app/core/live/operation.h"
#include "app/core/store/store.h"
#include "widgets/map/forecastlayer.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/panels/forecastpanel.h"

#include "maps/layerregistry.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace fc;

class TestForecastPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runShowsDepthAndRoads()
    {
        QTemporaryDir dir;
        QString error;
        auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("demo.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        Operation op;
        op.setStore(std::move(store));
        LayerRegistry registry;
        const LayerStores stores = DemoDistrict::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<MapLayer *> layers;
        for (VectorLayer *l : FloodLayers::createLayers(stores, MapTheme::Dark, nullptr))
            layers.append(l);
        registry.setLayers(layers);
        QMainWindow window;
        auto *canvas = new MapCanvas;
        canvas->setRegistry(&registry);
        window.setCentralWidget(canvas);
        auto *dock = new QDockWidget(QStringLiteral("Forecast"), &window);
        auto *panel = new ForecastPanel(&op, &registry, dock);
        dock->setWidget(panel);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(1600, 1000);
        window.show();
        const Extent district = stores.value(QStringLiteral("district_boundary"))->extent();
        canvas->setExtent(district);

        // A cancelled run leaves no layer.
        panel->setRain(90, 1);
        panel->setCell(40);
        QSignalSpy finished(panel, &ForecastPanel::finished);
        panel->run();
        QVERIFY(panel->isRunning());
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Cancel"))
                b->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().value(0).toBool(), false);
        QVERIFY(registry.layer(QStringLiteral("forecast_depth")) == nullptr);

        // A full run: the GUI thread keeps turning while the model runs.
        panel->setCell(20);
        panel->run();
        int turns = 0;
        QElapsedTimer t;
        t.start();
        while (panel->isRunning() && t.elapsed() < 180000) {
            QTest::qWait(50);
            ++turns;
        }
        QVERIFY(finished.count() == 2);
        QCOMPARE(finished.last().value(0).toBool(), true);
        QVERIFY(turns > 3);
        const whatif::Result *r = panel->result();
        QVERIFY(r && r->ok);
        auto *layer = qobject_cast<ForecastDepthLayer *>(registry.layer(QStringLiteral("forecast_depth")));
        QVERIFY(layer);
        auto *slider = panel->findChild<QSlider *>();
        QVERIFY(slider && slider->isEnabled());
        QCOMPARE(slider->maximum(), int(r->snapshots.size()) - 1);
        // Moving the slider shows another snapshot: at time zero the map is dry.
        slider->setValue(0);
        int wet = 0;
        for (int y = 0; y < layer->image().height(); ++y)
            for (int x = 0; x < layer->image().width(); ++x)
                wet += qAlpha(layer->image().pixel(x, y)) > 0;
        QCOMPARE(wet, 0);
        slider->setValue(slider->maximum() / 2);
        auto *roads = panel->findChild<QTreeWidget *>();
        QVERIFY(roads->topLevelItemCount() > 0);
        QVERIFY(roads->topLevelItem(0)->toolTip(0).contains(QLatin1String("forecast"), Qt::CaseInsensitive));
        const QString shot = qEnvironmentVariable("FC_FORECAST_SHOT");
        if (!shot.isEmpty()) {
            QSignalSpy rendered(canvas, &MapCanvas::renderFinished);
            canvas->setExtent(district);
            rendered.wait(20000);
            QTest::qWait(300);
            window.grab().save(shot);
        }
    }
};

QTEST_MAIN(TestForecastPanel)
#include "tst_forecastpanel.moc"
