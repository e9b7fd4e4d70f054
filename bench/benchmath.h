#pragma once

// What the benchmarks share for their figures and inputs: the median of the runs, and one
// random sequence that is the same on every platform. Header-only, so each benchmark stays
// one source file.

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace uw::bench {

// The median: the middle value, or the mean of the two middle ones of an even count; 0 for
// none.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// splitmix64: small, fast, and the same sequence everywhere (the standard library's
// distributions are not), so every platform generates the same inputs.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return int(next() % quint64(n)); }
    double normal() // Box-Muller
    {
        const double u = 1.0 - uniform(); // (0, 1]
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
    }

private:
    quint64 m_state;
};

} // namespace uw::bench
