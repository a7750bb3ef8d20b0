#pragma once

#include "maps/layerrenderer.h"
#include "maps/tilecache.h"
#include "maps/tilereader.h"
#include "maps/tilerequestqueue.h"
#include "maps/tilesource.h"

#include <memory>

namespace fc {

// Render snapshot of a TileLayer. On the worker thread it draws the tiles covering the view at the
// layer's tile zoom: from the memory cache, else read locally (disk cache, MBTiles, GDAL) and cached.
// For a tile it cannot get it draws the nearest ancestor tile it can get (memory or local), scaled
// up, and any cached children, so the map is never blank where lower zooms exist; tiles that need
// downloading are posted to the layer's request queue. Stops between tiles when cancelled.
class TileLayerRenderer : public LayerRenderer
{
public:
    struct Options
    {
        int zoom = 0;             // tile zoom level to draw
        int maxParentLevels = 8;  // how far up to look for a lower-zoom stand-in tile
        int maxTiles = 2048;      // safety bound on tiles per render
    };

    TileLayerRenderer(std::shared_ptr<const TileSource> source, std::shared_ptr<TileCache> cache,
                      std::shared_ptr<TileRequestQueue> requests, Options options);
    ~TileLayerRenderer() override;
    void render(RenderContext &ctx) override;

    // The tile zoom to draw for a view: the level whose tiles best match the device pixels, within
    // the source's zoom range.
    static int tileZoomFor(const MapSettings &settings, const TileSource &source);

private:
    // From the memory cache, else the reader (caching the result). Null when not available.
    QImage fetch(const TileId &id, bool *needsDownload, const RenderContext &ctx);

    std::shared_ptr<const TileSource> m_source;
    std::shared_ptr<TileCache> m_cache;
    std::shared_ptr<TileRequestQueue> m_requests;
    Options m_options;
    std::unique_ptr<TileReader> m_reader; // created and destroyed on the render thread
};

} // namespace fc
