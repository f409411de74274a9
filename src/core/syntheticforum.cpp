#include "syntheticforum.h"

#include "textfold.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <array>
#include <span>

namespace cordee {

namespace {

/// splitmix64: tiny, fast and identical everywhere, unlike the standard distributions.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// A number in [0, n); the modulo bias is below 2^-40 for the sizes used here.
    quint64 below(quint64 n) { return next() % n; }
    int uniform(int n) { return int(below(quint64(n))); }
    bool percent(int p) { return uniform(100) < p; }
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = uniform(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[size_t(i)])
                return i;
            r -= weights[size_t(i)];
        }
        return 0;
    }
    template <typename T, size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[size_t(uniform(int(N)))];
    }

private:
    quint64 m_state;
};

/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1): a few big, a long tail of small.
class Zipf
{
public:
    explicit Zipf(int n)
    {
        m_cumulative.reserve(n);
        quint64 total = 0;
        for (int rank = 0; rank < n; ++rank) {
            total += 1'000'000ull / quint64(rank + 1);
            m_cumulative << total;
        }
    }
    int draw(SplitMix &rng) const
    {
        const quint64 r = rng.below(m_cumulative.constLast());
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r) - m_cumulative.cbegin());
    }

private:
    QList<quint64> m_cumulative;
};

struct CountrySpec
{
    const char *code;
    const char *language; ///< the first language of most of its people, among the five
};

// In Zipf rank order: France hosts, so it sends the most people.
constexpr std::array<CountrySpec, 45> countries{{
    {"FR", "fr"}, {"ES", "es"}, {"SN", "fr"}, {"BR", "pt"}, {"MA", "ar"}, {"CA", "fr"}, {"IT", "en"},
    {"BE", "fr"}, {"CI", "fr"}, {"MX", "es"}, {"TN", "ar"}, {"DE", "en"}, {"CO", "es"}, {"PT", "pt"},
    {"CM", "fr"}, {"AR", "es"}, {"US", "en"}, {"BF", "fr"}, {"PE", "es"}, {"JP", "en"}, {"ML", "fr"},
    {"GB", "en"}, {"CL", "es"}, {"IN", "en"}, {"BJ", "fr"}, {"BO", "es"}, {"KR", "en"}, {"EC", "es"},
    {"DZ", "ar"}, {"MG", "fr"}, {"CH", "fr"}, {"EG", "ar"}, {"AO", "pt"}, {"VN", "fr"}, {"LB", "ar"},
    {"NZ", "en"}, {"AU", "en"}, {"UY", "es"}, {"CV", "pt"}, {"PH", "en"}, {"HT", "fr"}, {"KE", "en"},
    {"ID", "en"}, {"FJ", "en"}, {"GT", "es"},
}};

constexpr std::array<const char *, 5> languages{"fr", "en", "es", "pt", "ar"};

// "Mar…" names on purpose: `bench` types "mar", "mari", "maria" into the search field.
constexpr std::array<const char *, 30> womenNames{
    "María",  "Maria",   "Marie",   "Mariana", "Marina", "Hélène", "Amélie", "Fatou",  "Aïcha",  "Awa",
    "Ana",    "Beatriz", "Camille", "Chloé",   "Inès",   "Joana",  "Leila",  "Lucía",  "Mónica", "Nadia",
    "Noémie", "Sofía",   "Yasmine", "Zoé",     "Claire", "Emma",   "Grace",  "Akosua", "Mei",    "Rokia"};
constexpr std::array<const char *, 30> menNames{
    "Mario",    "Marco",  "Marcos", "José",      "João",    "Jérôme", "Ahmed",    "Amadou",
    "André",    "Bruno",  "Carlos", "Cheikh",    "David",   "Diego",  "François", "Hugo",
    "Ibrahima", "Joël",   "Karim",  "Luis",      "Mamadou", "Moussa", "Nicolás",  "Omar",
    "Paulo",    "Pierre", "Rafael", "Sébastien", "Thomas",  "Youssef"};

constexpr std::array<const char *, 25> firstSyllables{"Ba", "Be", "Da", "Di",  "Fa",  "Ga",  "Ke", "Lo", "Ma",
                                                      "Me", "Ni", "Ou", "Pa",  "Ro",  "Sa",  "Ta", "To", "Va",
                                                      "Yo", "Zé", "Ló", "Gué", "Dia", "Kou", "Ndi"};
constexpr std::array<const char *, 14> middleSyllables{"la", "ri", "ne", "mo", "ssa", "ta", "ré",
                                                       "ko", "lè", "ba", "go", "ra",  "ni", "de"};
constexpr std::array<const char *, 13> lastSyllables{"",   "t",   "n",  "s",  "z",   "ro", "ga",
                                                     "ye", "mbe", "ud", "ez", "ard", "ou"};

struct OrgKind
{
    const char *word;
    Category category;
};

constexpr std::array<OrgKind, 12> orgKinds{{
    {"Coopérative", Category::SseEntrepreneur},
    {"Cooperativa", Category::SseEntrepreneur},
    {"Mutuelle", Category::SseEntrepreneur},
    {"Union syndicale", Category::UnionOfficial},
    {"Sindicato", Category::UnionOfficial},
    {"Réseau international", Category::InternationalOrganisation},
    {"Association", Category::Practitioner},
    {"Red", Category::Practitioner},
    {"Université", Category::Academic},
    {"Institute", Category::Academic},
    {"Municipalité", Category::PublicAuthority},
    {"Ministry", Category::PublicAuthority},
}};

constexpr std::array<const char *, 20> orgWords{
    "des Cimes", "Solidaire",  "del Sur",  "du Fleuve", "Terra Viva", "Horizons",  "Les Communs",
    "Nova",      "Kanaga",     "Ubuntu",   "Sahel",     "Andina",     "Atlântica", "Océane",
    "Mosaïque",  "Tisserands", "Semences", "Lumière",   "Raíces",     "Alianza"};

struct Organisation
{
    QString name;
    QString domain;
    Category category;
};

/// ASCII, lower case, accents folded, words joined by '-': "Union syndicale Océane" →
/// "union-syndicale-oceane".
QString slug(const QString &text)
{
    QString out;
    for (const QChar ch : foldForSearch(text)) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            out += ch;
        else if (ch == u' ' && !out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    return out;
}

/// Organisation `index`: the kind turns fastest so the big ones (low ranks) are of every kind.
Organisation organisation(int index)
{
    const int kinds = int(orgKinds.size()), words = int(orgWords.size());
    const OrgKind &kind = orgKinds[size_t(index % kinds)];
    QString name =
        QString::fromUtf8(kind.word) + u' ' + QString::fromUtf8(orgWords[size_t(index / kinds % words)]);
    if (const int round = index / (kinds * words); round > 0)
        name += u' ' + QString::number(round + 1);
    return Organisation{name, slug(name) + QStringLiteral(".example"), kind.category};
}

class Generator
{
public:
    Generator(int participants, quint64 seed)
        : m_rng(seed)
        , m_countryRanks(int(countries.size()))
        , m_orgRanks(std::max(24, participants / 8))
    {
        m_organisations.reserve(std::max(24, participants / 8));
        for (int i = 0; i < std::max(24, participants / 8); ++i)
            m_organisations << organisation(i);
    }

    Participant person(int index);
    SplitMix &rng() { return m_rng; }

private:
    void drawName(Participant &p);
    void drawOrganisation(Participant &p);
    void drawLanguages(Participant &p, const char *first);
    void drawPreferences(Participant &p);
    void drawEmail(Participant &p, const QString &domain);

    SplitMix m_rng;
    Zipf m_countryRanks;
    Zipf m_orgRanks;
    QList<Organisation> m_organisations;
    QSet<QString> m_emails;
};

Participant Generator::person(int index)
{
    Participant p;
    // The first 45 people cover every country once, so even a small forum has all 45.
    const int rank = index < int(countries.size()) ? index : m_countryRanks.draw(m_rng);
    const CountrySpec &country = countries[size_t(rank)];
    p.country = QString::fromLatin1(country.code);
    static constexpr Gender genders[] = {Gender::Female, Gender::Male, Gender::Other, Gender::NotStated};
    static constexpr int genderWeights[] = {49, 47, 1, 3};
    p.gender = genders[m_rng.weighted(genderWeights)];
    static constexpr AgeBand ages[] = {AgeBand::Unknown,    AgeBand::Under25,    AgeBand::From25To34,
                                       AgeBand::From35To49, AgeBand::From50To64, AgeBand::From65};
    static constexpr int ageWeights[] = {4, 8, 22, 32, 26, 8};
    p.ageBand = ages[m_rng.weighted(ageWeights)];
    drawName(p);
    drawOrganisation(p);
    drawLanguages(p, country.language);
    drawPreferences(p);
    if (m_rng.percent(3))
        p.unavailableSlots << QStringLiteral("W%1").arg(1 + m_rng.uniform(3));
    static constexpr ParticipantStatus statuses[] = {
        ParticipantStatus::Registered, ParticipantStatus::Present, ParticipantStatus::Cancelled};
    static constexpr int statusWeights[] = {20, 78, 2};
    p.status = statuses[m_rng.weighted(statusWeights)];
    if (index < int(countries.size()) && p.status == ParticipantStatus::Cancelled)
        p.status = ParticipantStatus::Present; // so that the 45 countries are all counted
    if (m_rng.percent(4))
        p.roles.set(m_rng.percent(50) ? Role::Facilitator : Role::Rapporteur);
    return p;
}

void Generator::drawName(Participant &p)
{
    const bool female = p.gender == Gender::Female || (p.gender != Gender::Male && m_rng.percent(50));
    p.firstName = QString::fromUtf8(female ? m_rng.pick(womenNames) : m_rng.pick(menNames));
    QString last = QString::fromUtf8(m_rng.pick(firstSyllables));
    for (int i = 0, n = 1 + m_rng.uniform(2); i < n; ++i)
        last += QString::fromUtf8(m_rng.pick(middleSyllables));
    last += QString::fromUtf8(m_rng.pick(lastSyllables));
    p.lastName = last;
}

void Generator::drawOrganisation(Participant &p)
{
    const int r = m_rng.uniform(100);
    if (r < 3) // says nothing of themselves
        return;
    if (r < 9) {
        p.category = Category::Other;
        if (m_rng.percent(70))
            drawEmail(p, QStringLiteral("courriel.example"));
        return;
    }
    const Organisation &org = m_organisations.at(m_orgRanks.draw(m_rng));
    p.organisation = org.name;
    p.category = org.category;
    drawEmail(p, org.domain);
}

void Generator::drawLanguages(Participant &p, const char *first)
{
    p.languages << QString::fromLatin1(m_rng.percent(85) ? first : m_rng.pick(languages));
    static constexpr int extraWeights[] = {30, 50, 20};
    const int extra = m_rng.weighted(extraWeights);
    for (int attempt = 0; p.languages.size() < 1 + extra && attempt < 20; ++attempt) {
        const QString lang = QString::fromLatin1(m_rng.pick(languages));
        if (!p.languages.contains(lang))
            p.languages << lang;
    }
}

void Generator::drawPreferences(Participant &p)
{
    std::array<int, 4> weights{34, 27, 23, 16}; // T1 is the most wanted, T4 the least
    static constexpr int countWeights[] = {30, 40, 30};
    const int count = 2 + m_rng.weighted(countWeights);
    for (int i = 0; i < count; ++i) {
        const int t = m_rng.weighted(weights);
        weights[size_t(t)] = 0;
        p.preferences << QStringLiteral("T%1").arg(t + 1);
    }
}

void Generator::drawEmail(Participant &p, const QString &domain)
{
    const QString local = slug(p.firstName) + u'.' + slug(p.lastName);
    p.email = local + u'@' + domain;
    for (int n = 2; m_emails.contains(p.email); ++n)
        p.email = local + QString::number(n) + u'@' + domain;
    m_emails.insert(p.email);
}

ForumInfo syntheticInfo(int participants, quint64 seed)
{
    ForumInfo info;
    info.title = QStringLiteral("Synthetic forum of %1 participants (seed %2)").arg(participants).arg(seed);
    info.edition = 1;
    info.theme = QStringLiteral("A generated forum for measuring Cordée");
    info.city = QStringLiteral("Lyon");
    info.country = QStringLiteral("FR");
    info.startDate = QDate(2027, 5, 10);
    info.endDate = QDate(2027, 5, 12);
    info.organizer = QStringLiteral("Cordée benchmarks");
    info.languages = {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es")};
    return info;
}

QList<Theme> syntheticThemes()
{
    static constexpr std::array<const char *, 4> titles{"Measuring social impact", "Financing the SSE",
                                                        "Éducation et formation",
                                                        "Bienes comunes y territorios"};
    QList<Theme> list;
    for (int i = 0; i < int(titles.size()); ++i)
        list << Theme{0, QStringLiteral("T%1").arg(i + 1), QString::fromUtf8(titles[size_t(i)]), {}};
    return list;
}

/// A main hall and, for each workshop slot, room for the most workshops `participants` can make (all of
/// them at the smallest size).
QList<Room> syntheticRooms(int participants, int workshopMin)
{
    QList<Room> list{Room{0, QStringLiteral("HALL"), QStringLiteral("Main hall"), std::max(1, participants)}};
    const int count = std::max(4, (participants + workshopMin - 1) / workshopMin);
    for (int i = 0; i < count; ++i)
        list << Room{0, QStringLiteral("R%1").arg(i + 1, 4, 10, QChar(u'0')),
                     QStringLiteral("Salle %1").arg(i + 1), 15 + (i * 7) % 10};
    return list;
}

QList<TimeSlot> syntheticSlots(const QDate &start)
{
    struct Row
    {
        const char *key;
        int day, startH, endH;
        SlotKind kind;
        const char *title;
    };
    using K = SlotKind;
    static constexpr Row rows[] = {
        {"OPEN", 0, 9, 10, K::Conference, "Opening"}, {"W1", 0, 10, 12, K::Workshops, ""},
        {"LUNCH1", 0, 12, 14, K::Break, "Lunch"},     {"RT", 0, 14, 16, K::RoundTable, "Round table"},
        {"W2", 1, 9, 11, K::Workshops, ""},           {"BREAK", 1, 11, 12, K::Break, "Coffee break"},
        {"W3", 1, 14, 16, K::Workshops, ""},          {"DECL", 2, 10, 12, K::Conference, "Declaration"},
    };
    QList<TimeSlot> list;
    for (const Row &r : rows) {
        const bool plenary = r.kind == K::Conference || r.kind == K::RoundTable;
        list << TimeSlot{0,
                         QString::fromLatin1(r.key),
                         start.addDays(r.day),
                         QTime(r.startH, 0),
                         QTime(r.endH, 0),
                         r.kind,
                         QString::fromUtf8(r.title),
                         plenary ? QStringLiteral("HALL") : QString()};
    }
    return list;
}

} // namespace

ForumData makeSyntheticForum(int participants, quint64 seed)
{
    participants = std::max(0, participants);
    ForumData data;
    data.info = syntheticInfo(participants, seed);
    data.themes = syntheticThemes();
    data.rooms = syntheticRooms(participants, data.info.workshopMin);
    data.timeSlots = syntheticSlots(data.info.startDate);

    Generator gen(participants, seed);
    data.participants.reserve(participants);
    for (int i = 0; i < participants; ++i)
        data.participants << gen.person(i);
    // Registration order: the 45 "one per country" people must not all come first.
    QList<Participant> &people = data.participants;
    for (qsizetype i = people.size() - 1; i > 0; --i)
        people.swapItemsAt(i, gen.rng().uniform(int(i + 1)));
    return data;
}

} // namespace cordee
