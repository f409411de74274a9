// The solver against the proven optimum: small one-slot forums written as a mixed-integer program in CPLEX LP
// format, solved to optimality by COIN-OR CBC (Debian's coinor-cbc), and the solver's F within 1% of it.

#include "random.h"
#include "scorecard.h"
#include "solver.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

using namespace cordee::formation;

namespace {

constexpr double AllowedGap = 0.01;
constexpr int CbcTimeoutMs = 60000;

/// Draws an index with probability proportional to its weight.
int pick(Random &random, const std::vector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = random.unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i)
        if ((r -= weights[i]) < 0)
            return int(i);
    return int(weights.size()) - 1;
}

/// A small one-slot forum: few countries, organisations, themes and two working languages, so that CBC
/// proves the optimum in seconds.
Problem smallForum(int people, std::uint64_t seed)
{
    Random random(seed);
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 3;
    for (int i = 0; i < people; ++i) {
        Person p;
        p.country = pick(random, {8, 5, 4, 3, 2, 2, 1, 1});
        p.continent = p.country % 3;
        p.gender = random.unit() < 0.05 ? -1 : int(random.below(2));
        p.category = pick(random, {4, 3, 2, 1});
        p.organisation = random.unit() < 0.3 ? -1 : pick(random, {6, 4, 3, 2, 2, 1, 1, 1});
        std::vector<double> popularity{5, 3, 2};
        for (int r = 0, ranked = 2 + int(random.below(2)); r < ranked; ++r) {
            const int theme = pick(random, popularity);
            p.preferences.push_back(theme);
            popularity[std::size_t(theme)] = 0;
        }
        static const std::vector<std::vector<int>> spoken{{0, 1}, {1}, {0}, {}};
        p.languages = spoken[std::size_t(pick(random, {55, 25, 15, 5}))];
        p.attends = {true};
        problem.people.push_back(p);
    }
    const int workshops = std::clamp(int(std::lround(people / 12.5)), 5, 10);
    int seats = 15 * workshops;
    for (int w = 0; w < workshops; ++w) {
        // Some smaller rooms, while everyone still has a seat.
        const int capacity = w % 4 == 3 && seats - 2 >= people ? 13 : 15;
        seats -= 15 - capacity;
        problem.workshops.push_back(Workshop{0, w % 3, w % 5 < 2 ? 0 : 1, capacity});
    }
    // Two people held where the organizer put them.
    for (int p = 0; p < 2; ++p)
        for (int i = 0; i < workshops; ++i) {
            const int w = (i + 3 * p) % workshops;
            const std::vector<int> &spoken = problem.people[std::size_t(p)].languages;
            const int language = problem.workshops[std::size_t(w)].language;
            if (spoken.empty() || std::find(spoken.begin(), spoken.end(), language) != spoken.end()) {
                problem.pins.push_back(Pin{p, w});
                break;
            }
        }
    return problem;
}

bool speaks(const Person &person, const Workshop &workshop)
{
    return workshop.language < 0 || person.languages.empty() ||
           std::find(person.languages.begin(), person.languages.end(), workshop.language) !=
               person.languages.end();
}

double preferenceCost(const Problem &problem, const Person &person, int theme)
{
    for (std::size_t r = 0; r < person.preferences.size() && r < 5; ++r)
        if (person.preferences[r] == theme)
            return problem.weights.rankCost[r];
    return problem.weights.unrankedCost;
}

/// Writes a term list over several lines (LP readers limit line lengths).
void writeTerms(QTextStream &out, const QStringList &terms)
{
    for (qsizetype i = 0; i < terms.size(); ++i)
        out << (i % 8 == 0 ? QStringLiteral("\n  ") : QStringLiteral(" ")) << terms.at(i);
}

int attributeOf(const Person &p, int k)
{
    const std::array<int, 5> values{p.country, p.continent, p.gender, p.category, p.organisation};
    return values[std::size_t(k)];
}

QString x(int p, int w)
{
    return QStringLiteral("x_%1_%2").arg(p).arg(w);
}

/// The exact model: x(p,w) binary for each person and workshop whose language they speak; for each workshop,
/// attribute and value shared by two people or more, y ≥ k·n − k(k+1)/2 for k = 0 … n_max − 1, whose least
/// value at integer n is C(n, 2) (the pieces of a convex function).
class LpModel
{
public:
    explicit LpModel(const Problem &problem);
    QString text() const;

private:
    void addPlacements();
    void addPairs(int w);

    const Problem &m_problem;
    QStringList m_objective, m_constraints, m_binaries, m_bounds;
    std::vector<QStringList> m_inWorkshop;
};

LpModel::LpModel(const Problem &problem)
    : m_problem(problem)
    , m_inWorkshop(problem.workshops.size())
{
    addPlacements();
    for (int w = 0; w < int(problem.workshops.size()); ++w) {
        const QString members = m_inWorkshop[std::size_t(w)].join(u' ');
        m_constraints << QStringLiteral("min_%1: ").arg(w) + members +
                             QStringLiteral(" >= %1").arg(problem.minSize);
        m_constraints << QStringLiteral("max_%1: ").arg(w) + members +
                             QStringLiteral(" <= %1").arg(problem.upperBound(w));
        addPairs(w);
    }
    for (const Pin &pin : problem.pins)
        m_bounds << x(pin.person, pin.workshop) + QStringLiteral(" = 1");
}

void LpModel::addPlacements()
{
    for (int p = 0; p < int(m_problem.people.size()); ++p) {
        const Person &person = m_problem.people[std::size_t(p)];
        QStringList once;
        for (int w = 0; w < int(m_problem.workshops.size()); ++w) {
            if (!speaks(person, m_problem.workshops[std::size_t(w)]))
                continue;
            const double cost = preferenceCost(m_problem, person, m_problem.workshops[std::size_t(w)].theme);
            m_objective << QStringLiteral("+ %1 %2").arg(cost).arg(x(p, w));
            once << QStringLiteral("+ ") + x(p, w);
            m_inWorkshop[std::size_t(w)] << QStringLiteral("+ ") + x(p, w);
            m_binaries << x(p, w);
        }
        m_constraints << QStringLiteral("one_%1: ").arg(p) + once.join(u' ') + QStringLiteral(" = 1");
    }
}

void LpModel::addPairs(int w)
{
    const Weights &weights = m_problem.weights;
    const std::array<double, 5> weight{weights.country, weights.continent, weights.gender, weights.category,
                                       weights.organisation};
    for (int k = 0; k < 5; ++k) {
        std::map<int, QStringList> byValue;
        for (int p = 0; p < int(m_problem.people.size()); ++p) {
            const Person &person = m_problem.people[std::size_t(p)];
            if (attributeOf(person, k) >= 0 && speaks(person, m_problem.workshops[std::size_t(w)]))
                byValue[attributeOf(person, k)] << x(p, w);
        }
        for (const auto &[value, xs] : byValue) {
            if (xs.size() < 2 || weight[std::size_t(k)] == 0)
                continue;
            const QString y = QStringLiteral("y_%1_%2_%3").arg(w).arg(k).arg(value);
            m_objective << QStringLiteral("+ %1 %2").arg(weight[std::size_t(k)]).arg(y);
            const qsizetype most = std::min<qsizetype>(xs.size(), m_problem.upperBound(w));
            for (qsizetype c = 1; c < most; ++c) {
                QStringList row{y};
                for (const QString &xv : xs)
                    row << QStringLiteral("- %1 %2").arg(c).arg(xv);
                m_constraints << QStringLiteral("%1_%2: ").arg(y).arg(c) + row.join(u' ') +
                                     QStringLiteral(" >= %1").arg(-c * (c + 1) / 2);
            }
        }
    }
}

QString LpModel::text() const
{
    QString text;
    QTextStream out(&text);
    out << "Minimize\n obj:";
    writeTerms(out, m_objective);
    out << "\nSubject To\n";
    for (const QString &c : m_constraints) {
        const QStringList parts = c.split(u' ');
        out << ' ' << parts.first();
        writeTerms(out, parts.mid(1));
        out << '\n';
    }
    out << "Bounds\n";
    for (const QString &b : m_bounds)
        out << ' ' << b << '\n';
    out << "Binaries";
    writeTerms(out, m_binaries);
    out << "\nEnd\n";
    return text;
}

struct Optimum
{
    bool proven = false;
    double objective = 0;
    QString message;
};

/// CBC's proven optimum of `problem`.
Optimum solveWithCbc(const QString &cbc, const Problem &problem, const QString &folder)
{
    const QString model = folder + QStringLiteral("/model.lp");
    const QString solution = folder + QStringLiteral("/solution.txt");
    QFile file(model);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {false, 0, QStringLiteral("cannot write ") + model};
    file.write(LpModel(problem).text().toUtf8());
    file.close();
    QFile::remove(solution);
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(cbc, {model, QStringLiteral("solve"), QStringLiteral("solu"), solution});
    if (!process.waitForFinished(CbcTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {false, 0, QStringLiteral("cbc did not finish in time")};
    }
    QFile result(solution);
    if (!result.open(QIODevice::ReadOnly))
        return {false, 0, QStringLiteral("cbc wrote no solution: ") + QString::fromUtf8(process.readAll())};
    // "Optimal - objective value 1234.50000000"
    const QString first = QString::fromUtf8(result.readLine()).trimmed();
    if (!first.startsWith(QStringLiteral("Optimal")))
        return {false, 0, QStringLiteral("cbc says: ") + first};
    return {true, first.section(u' ', -1).toDouble(), {}};
}

} // namespace

class TstOptimalGap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withinOnePercent_data();
    void withinOnePercent();
};

void TstOptimalGap::withinOnePercent_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("60 people") << 60 << quint64(1);
    QTest::newRow("75 people") << 75 << quint64(2);
    QTest::newRow("90 people") << 90 << quint64(3);
    QTest::newRow("100 people") << 100 << quint64(4);
    QTest::newRow("120 people") << 120 << quint64(5);
    QTest::newRow("150 people") << 150 << quint64(6);
}

void TstOptimalGap::withinOnePercent()
{
    QFETCH(int, people);
    QFETCH(quint64, seed);
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty())
        QSKIP("COIN-OR CBC is not installed (Debian package coinor-cbc): no optimum to compare with");
    const Problem problem = smallForum(people, seed);
    QVERIFY2(!infeasibility(problem), qPrintable(infeasibility(problem).value_or(QString())));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Optimum optimum = solveWithCbc(cbc, problem, folder.path());
    QVERIFY2(optimum.proven, qPrintable(optimum.message));

    SolveOptions options;
    options.seed = seed;
    options.timeLimitSeconds = 30;
    const auto plan = solve(problem, options);
    QVERIFY2(plan.isOk(), plan.isOk() ? "" : qPrintable(plan.error().message));
    const Scorecard card = scorecard(problem, *plan);
    QCOMPARE(card.hardViolations, 0);
    const double gap = (card.objective - optimum.objective) / std::max(optimum.objective, 1.0);
    qInfo("%d people: F %.2f, optimum %.2f, gap %.3f%%", people, card.objective, optimum.objective,
          gap * 100);
    QVERIFY2(gap <= AllowedGap, qPrintable(QStringLiteral("gap %1%").arg(gap * 100)));
}

QTEST_GUILESS_MAIN(TstOptimalGap)
#include "tst_optimalgap.moc"
