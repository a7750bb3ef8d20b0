#include "widgets/charts/chartdecimate.h"

#include <algorithm>

namespace fc {

void decimateMinMax(const QVector<double> &x, const QVector<double> &y, double xMin, double xMax, int columns,
                    QVector<double> *outX, QVector<double> *outY)
{
    outX->clear();
    outY->clear();
    const qsizetype n = x.size();
    if (n == 0 || columns <= 0 || xMax <= xMin)
        return;
    qsizetype lo = std::lower_bound(x.begin(), x.end(), xMin) - x.begin();
    qsizetype hi = std::upper_bound(x.begin(), x.end(), xMax) - x.begin(); // one past the last inside
    if (lo > 0)
        --lo;
    if (hi < n)
        ++hi;
    if (hi - lo <= qsizetype(columns) * 4) {
        *outX = x.mid(lo, hi - lo);
        *outY = y.mid(lo, hi - lo);
        return;
    }
    outX->reserve(columns * 4 + 2);
    outY->reserve(columns * 4 + 2);
    const double width = (xMax - xMin) / columns;
    qsizetype i = lo;
    while (i < hi) {
        const long bucket = long((x[i] - xMin) / width);
        qsizetype first = i, minI = i, maxI = i, last = i;
        while (i < hi && long((x[i] - xMin) / width) == bucket) {
            if (y[i] < y[minI])
                minI = i;
            if (y[i] > y[maxI])
                maxI = i;
            last = i;
            ++i;
        }
        qsizetype pick[4] = {first, minI, maxI, last};
        std::sort(pick, pick + 4);
        qsizetype prev = -1;
        for (qsizetype p : pick) {
            if (p == prev)
                continue;
            outX->append(x[p]);
            outY->append(y[p]);
            prev = p;
        }
    }
}

} // namespace fc
