#pragma once

#include <QVector>

namespace fc {

// Display decimation for time series: within [xMin, xMax] split into `columns` equal buckets (one per pixel
// column), keep per bucket the first, minimum, maximum and last point in x order, so the drawn envelope is the one
// of the full data (peaks survive) with at most 4 points per column; one point on each side outside the range is kept
// so lines run to the edges. x must be ascending. Pure.
void decimateMinMax(const QVector<double> &x, const QVector<double> &y, double xMin, double xMax, int columns,
                    QVector<double> *outX, QVector<double> *outY);

} // namespace fc
