#include "demoforum.h"

#include "demonames.h"
#include "textfold.h"

#include <QHash>
#include <QSet>

#include <array>
#include <span>

namespace cordee {

namespace {

using demo::NameStyle;
using S = demo::NameStyle;
using demo::OrgKind;

/// splitmix64 with integer-only helpers: the standard distributions differ between libraries, this does not.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// A number in [0, n), by multiply-shift of the high 32 bits.
    int uniform(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    bool percent(int p) { return uniform(100) < p; }
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = uniform(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return 0;
    }
    QString pick(demo::Names names) { return QString::fromUtf8(names[uniform(int(names.size()))]); }

private:
    quint64 m_state;
};

/// People the generator must contain: the guests of honour thanked by the declaration, and a Hélène for
/// the accent-blind search.
struct FixedPerson
{
    const char *country;
    const char *first;
    const char *last;
    Gender gender;
    const char *organisation; ///< nullptr: drawn like anybody else's
    const char *guestTitle;   ///< nullptr: not a guest of honour
};

constexpr FixedPerson fixedPeople[] = {
    {"FR", "Étienne", "Marchal", Gender::Male, "Gouvernement de la République française",
     "Minister Delegate for the Social and Solidarity Economy and Cooperative Enterprise, France"},
    {"BO", "Teresa", "Mamani Quispe", Gender::Female, "Gobierno del Estado Plurinacional de Bolivia",
     "Minister of Community and Solidarity Economy of the Plurinational State of Bolivia"},
    {"SN", "Abdoulaye", "Sarr", Gender::Male, "Gouvernance de la Région de Thiès",
     "Governor of the Thiès Region, Senegal, in charge of territorial development"},
    {"FR", "Hélène", "Vasseur", Gender::Female, nullptr, nullptr},
};

const QString organizerName = QStringLiteral("Association Rencontres des Cimes");
const QString slotKeys[] = {QStringLiteral("D1-W1"), QStringLiteral("D2-W2"), QStringLiteral("D2-W3")};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

/// ASCII, lower case, accents folded: "N'Guessan" → "nguessan", "María José" → "maria-jose".
QString emailPart(const QString &text)
{
    QString out;
    for (const QChar ch : foldForSearch(text)) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-')
            out += ch;
        else if (ch == u' ')
            out += u'-';
    }
    return out;
}

/// A made-up domain from the organisation's distinctive words, under the reserved ".example" top level.
QString domainFor(const QString &organisation)
{
    static const QSet<QString> skipped = [] {
        QSet<QString> s;
        for (const QString &w :
             words("de des du la le les et of the and for pour para del los las dos das und "
                   "fur di dei aux cooperative cooperativa operative mutuelle association "
                   "asociacion reseau red rede union federation network institute institut "
                   "universite universidad universidade centre groupe grupo societe sociedad"))
            s.insert(w);
        return s;
    }();
    QStringList kept;
    QString spaced = organisation;
    spaced.replace(u'\'', u' ').replace(u'’', u' ');
    for (const QString &w : emailPart(spaced).split(u'-', Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !skipped.contains(w) && kept.size() < 2)
            kept << w;
    }
    return (kept.isEmpty() ? QStringLiteral("mail") : kept.join(u'-')) + QStringLiteral(".example");
}

Category categoryFor(OrgKind kind)
{
    // In the order of OrgKind.
    static constexpr Category categories[] = {Category::SseEntrepreneur, Category::UnionOfficial,
                                              Category::Practitioner,    Category::Academic,
                                              Category::PublicAuthority, Category::InternationalOrganisation};
    return categories[int(kind)];
}

class Generator
{
public:
    Generator()
    {
        for (const demo::Organisation &o : demo::organisations())
            m_orgs[QString::fromLatin1(o.country)] << &o;
    }
    Participant person(const demo::CountryProfile &spec, const FixedPerson *fixed = nullptr);
    Rng &rng() { return m_rng; }

private:
    void drawName(Participant &p, NameStyle style, const demo::CountryProfile &spec);
    void drawOrganisation(Participant &p);
    void drawLanguages(Participant &p, const char *first, const char *others);
    void drawPreferences(Participant &p);
    void drawEmail(Participant &p);

    Rng m_rng{0xC0DE'E2026'0614ull};
    QHash<QString, QList<const demo::Organisation *>> m_orgs; // looked up only, never iterated
    QSet<QString> m_names;
    QSet<QString> m_emails;
};

Participant Generator::person(const demo::CountryProfile &spec, const FixedPerson *fixed)
{
    Participant p;
    p.country = QString::fromLatin1(spec.code);
    static constexpr Gender genders[] = {Gender::NotStated, Gender::Female, Gender::Male, Gender::Other};
    static constexpr int genderWeights[] = {15, 490, 480, 15};
    p.gender = fixed ? fixed->gender : genders[m_rng.weighted(genderWeights)];
    const bool alt = spec.altPercent > 0 && m_rng.percent(spec.altPercent);
    if (fixed) {
        p.firstName = QString::fromUtf8(fixed->first);
        p.lastName = QString::fromUtf8(fixed->last);
        m_names.insert(foldForSearch(p.firstName + u'|' + p.lastName));
    } else {
        drawName(p, alt ? spec.altStyle : spec.style, spec);
    }
    static constexpr AgeBand ages[] = {AgeBand::Unknown,    AgeBand::Under25,    AgeBand::From25To34,
                                       AgeBand::From35To49, AgeBand::From50To64, AgeBand::From65};
    static constexpr int ageWeights[] = {2, 8, 22, 32, 28, 8};
    p.ageBand = ages[m_rng.weighted(ageWeights)];
    if (fixed && fixed->organisation) {
        p.category = Category::PublicAuthority;
        p.organisation = QString::fromUtf8(fixed->organisation);
    } else {
        drawOrganisation(p);
    }
    drawLanguages(p, alt ? spec.altFirst : spec.first, spec.others);
    drawPreferences(p);
    drawEmail(p);
    p.status = m_rng.percent(93) ? ParticipantStatus::Present : ParticipantStatus::Registered;
    if (m_rng.percent(5) && !fixed)
        p.unavailableSlots << slotKeys[m_rng.uniform(3)];
    static const char *const notes[] = {"Vegetarian meals",  "Needs step-free access",
                                        "Arrives on day 2",  "Halal meals",
                                        "Gluten-free meals", "Leaves early on day 3"};
    if (m_rng.percent(5) && !fixed)
        p.notes = QString::fromUtf8(notes[m_rng.uniform(int(std::size(notes)))]);
    if (fixed && fixed->guestTitle)
        p.roles.set(Role::GuestOfHonour);
    return p;
}

void Generator::drawName(Participant &p, NameStyle style, const demo::CountryProfile &spec)
{
    const bool compound =
        style == S::Spanish || style == S::LatinAmerican || style == S::Andean || style == S::Lusophone;
    for (int attempt = 0;; ++attempt) {
        bool female = p.gender == Gender::Female;
        if (p.gender == Gender::Other || p.gender == Gender::NotStated)
            female = m_rng.percent(50);
        demo::Names given = demo::givenNames(style, female);
        if (given.empty() || m_rng.percent(spec.frenchGiven))
            given = demo::givenNames(S::French, female);
        p.firstName = m_rng.pick(given);
        p.lastName = m_rng.pick(demo::familyNames(style));
        if (compound && m_rng.percent(40)) {
            const QString second =
                m_rng.pick(demo::familyNames(style == S::Andean ? S::LatinAmerican : style));
            if (second != p.lastName)
                p.lastName += u' ' + second;
        }
        const QString key = foldForSearch(p.firstName + u'|' + p.lastName);
        if (!m_names.contains(key) || attempt > 200) {
            m_names.insert(key);
            return;
        }
    }
}

void Generator::drawOrganisation(Participant &p)
{
    // clang-format off
    static constexpr Category categories[] = {
        Category::SseEntrepreneur, Category::UnionOfficial, Category::InternationalOrganisation,
        Category::Practitioner, Category::Academic, Category::PublicAuthority, Category::Other};
    // clang-format on
    static constexpr int categoryWeights[] = {38, 10, 7, 18, 12, 10, 5};
    p.category = categories[m_rng.weighted(categoryWeights)];
    const QList<const demo::Organisation *> own = m_orgs.value(p.country);
    if (p.category == Category::InternationalOrganisation) {
        const QList<const demo::Organisation *> intl = m_orgs.value(QString());
        p.organisation = QString::fromUtf8(intl.at(m_rng.uniform(int(intl.size())))->name);
        return;
    }
    if (p.category == Category::Other) {
        if (m_rng.percent(50))
            p.organisation = QString::fromUtf8(own.at(m_rng.uniform(int(own.size())))->name);
        return;
    }
    QList<const demo::Organisation *> matching;
    for (const demo::Organisation *o : own) {
        if (categoryFor(o->kind) == p.category)
            matching << o;
    }
    const demo::Organisation *org = matching.isEmpty() ? own.at(m_rng.uniform(int(own.size())))
                                                       : matching.at(m_rng.uniform(int(matching.size())));
    // A small country may lack that kind of organisation: the person then works for one it has.
    p.category = categoryFor(org->kind);
    p.organisation = QString::fromUtf8(org->name);
}

void Generator::drawLanguages(Participant &p, const char *first, const char *others)
{
    const QStringList firsts = words(first);
    p.languages << firsts.at(m_rng.uniform(int(firsts.size())));
    QStringList candidates = words(others);
    static constexpr int extraWeights[] = {6, 58, 36};
    const int extra = m_rng.weighted(extraWeights);
    while (p.languages.size() < 1 + extra) {
        candidates.removeAll(p.languages.last());
        if (candidates.isEmpty())
            break;
        p.languages << candidates.at(m_rng.uniform(int(candidates.size())));
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
        p.preferences << QStringLiteral("T") + QString::number(t + 1);
    }
}

void Generator::drawEmail(Participant &p)
{
    if (m_rng.percent(5))
        return;
    const QString domain =
        p.organisation.isEmpty() ? QStringLiteral("courriel.example") : domainFor(p.organisation);
    const QString local = emailPart(p.firstName) + u'.' + emailPart(p.lastName);
    p.email = local + u'@' + domain;
    for (int n = 2; m_emails.contains(p.email); ++n)
        p.email = local + QString::number(n) + u'@' + domain;
    m_emails.insert(p.email);
}

const demo::CountryProfile &specFor(const char *code)
{
    for (const demo::CountryProfile &c : demo::countryProfiles()) {
        if (qstrcmp(c.code, code) == 0)
            return c;
    }
    Q_UNREACHABLE();
}

ForumInfo forumInfo()
{
    ForumInfo info;
    info.title = QStringLiteral("Alpine Forum of Social and Solidarity Economy Entrepreneurs");
    info.edition = 6;
    info.theme =
        QStringLiteral("Rooted and connected: how can the social and solidarity economy help territories "
                       "hold together through climate and social upheavals?");
    info.city = QStringLiteral("Annecy");
    info.country = QStringLiteral("FR");
    info.startDate = QDate(2026, 10, 14);
    info.endDate = QDate(2026, 10, 16);
    info.organizer = organizerName;
    info.languages = {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es")};
    info.workshopMin = 10;
    info.workshopMax = 15;
    return info;
}

/// The guests' titles in French and Spanish, in the order of fixedPeople's guests.
constexpr std::pair<const char *, const char *> guestTitlesFrEs[] = {
    {"Ministre délégué chargé de l’Économie sociale et solidaire et de l’Entreprise coopérative (France)",
     "Ministro delegado de Economía Social y Solidaria y de Empresa Cooperativa (Francia)"},
    {"Ministre de l’Économie communautaire et solidaire de l’État plurinational de Bolivie",
     "Ministra de Economía Comunitaria y Solidaria del Estado Plurinacional de Bolivia"},
    {"Gouverneur de la région de Thiès (Sénégal), chargé du développement territorial",
     "Gobernador de la región de Thiès (Senegal), encargado del desarrollo territorial"},
};

/// The committee's texts: the base in English, and French and Spanish wordings of every part.
DeclarationTexts declarationTexts()
{
    DeclarationTexts d;
    d.patronage = QStringLiteral(
        "This sixth edition was placed under the high patronage of the French Minister Delegate for the "
        "Social and Solidarity Economy, who pledged to carry the forum's proposals to the next meeting of "
        "European ministers in charge of cooperative and mutual enterprise.");
    qsizetype g = 0;
    for (const FixedPerson &f : fixedPeople) {
        if (!f.guestTitle)
            continue;
        Guest guest{QString::fromUtf8(f.first) + u' ' + QString::fromUtf8(f.last),
                    QString::fromUtf8(f.guestTitle)};
        guest.titles.insert(QStringLiteral("fr"), QString::fromUtf8(guestTitlesFrEs[g].first));
        guest.titles.insert(QStringLiteral("es"), QString::fromUtf8(guestTitlesFrEs[g].second));
        d.guests << guest;
        ++g;
    }
    d.closing = QStringLiteral(
        "Through these commitments, the participants mean to show that an economy rooted in its territories "
        "can also be connected to the world: it creates jobs that last, keeps wealth where it is produced "
        "and "
        "gives everyone a say in the decisions that shape their daily life.");
    d.conclusion = QStringLiteral(
        "For three days, entrepreneurs, trade unionists, researchers and public officials from five "
        "continents compared what works in their territories and what still holds it back. They leave "
        "Annecy with shared commitments: common impact indicators, pooled financing tools and training paths "
        "open to the young. They ask governments and international institutions to treat the social and "
        "solidarity economy as a partner in policy-making rather than as a repair kit for the failures of "
        "the market, and agree to meet again in two years to report on their progress, territory by "
        "territory.");

    DeclarationFreeTexts &fr = d.translations[QStringLiteral("fr")];
    fr.forumName = QStringLiteral("Forum alpin des entrepreneurs de l’économie sociale et solidaire");
    fr.question = QStringLiteral("Enracinés et reliés\u00a0: comment l’économie sociale et solidaire "
                                 "peut-elle aider les territoires à "
                                 "rester unis face aux bouleversements climatiques et sociaux\u00a0?");
    fr.patronage = QStringLiteral(
        "Cette sixième édition a été placée sous le haut patronage du ministre délégué chargé de l’économie "
        "sociale et solidaire, qui s’est engagé à porter les propositions du forum à la prochaine réunion "
        "des "
        "ministres européens chargés des entreprises coopératives et mutualistes.");
    fr.closing = QStringLiteral(
        "Par ces engagements, les participants entendent montrer qu’une économie enracinée dans ses "
        "territoires peut aussi être reliée au monde\u00a0: elle crée des emplois qui durent, garde la "
        "richesse "
        "là où elle est produite et donne à chacun voix au chapitre dans les décisions qui façonnent sa vie "
        "quotidienne.");
    fr.conclusion = QStringLiteral(
        "Pendant trois jours, des entrepreneurs, des syndicalistes, des chercheurs et des responsables "
        "publics "
        "venus des cinq continents ont confronté ce qui fonctionne dans leurs territoires et ce qui les "
        "freine "
        "encore. Ils quittent Annecy avec des engagements communs\u00a0: des indicateurs d’impact partagés, "
        "des "
        "outils de financement mis en commun et des parcours de formation ouverts aux jeunes. Ils demandent "
        "aux gouvernements et aux institutions internationales de voir dans l’économie sociale et solidaire "
        "un partenaire de l’action publique plutôt qu’une trousse de secours pour les défaillances du "
        "marché, "
        "et se donnent rendez-vous dans deux ans pour rendre compte de leurs progrès, territoire par "
        "territoire.");

    DeclarationFreeTexts &es = d.translations[QStringLiteral("es")];
    es.forumName = QStringLiteral("Foro Alpino de Emprendedores de la Economía Social y Solidaria");
    es.question = QStringLiteral(
        "Arraigados y conectados: ¿cómo puede la economía social y solidaria ayudar a los territorios a "
        "mantenerse unidos frente a las convulsiones climáticas y sociales?");
    es.patronage = QStringLiteral(
        "Esta sexta edición contó con el alto patrocinio del ministro delegado francés de Economía Social y "
        "Solidaria, que se comprometió a llevar las propuestas del foro a la próxima reunión de los "
        "ministros "
        "europeos responsables de las empresas cooperativas y mutualistas.");
    es.closing = QStringLiteral(
        "Con estos compromisos, los participantes quieren mostrar que una economía arraigada en sus "
        "territorios puede estar también conectada con el mundo: crea empleos duraderos, mantiene la riqueza "
        "allí donde se produce y da a cada persona voz en las decisiones que marcan su vida cotidiana.");
    es.conclusion = QStringLiteral(
        "Durante tres días, emprendedores, sindicalistas, investigadores y responsables públicos de los "
        "cinco "
        "continentes compararon lo que funciona en sus territorios y lo que todavía los frena. Se van de "
        "Annecy con compromisos compartidos: indicadores de impacto comunes, herramientas de financiación "
        "mancomunadas e itinerarios de formación abiertos a los jóvenes. Piden a los gobiernos y a las "
        "instituciones internacionales que consideren la economía social y solidaria como una aliada de las "
        "políticas públicas y no como un botiquín para los fallos del mercado, y acuerdan reunirse de nuevo "
        "dentro de dos años para dar cuenta de sus avances, territorio por territorio.");
    return d;
}

QList<Theme> themes()
{
    static constexpr std::pair<const char *, const char *> rows[] = {
        {"Measuring social impact",
         "Shared indicators that show what cooperatives, mutuals and associations bring to their area."},
        {"Financing the SSE",
         "Patient capital, solidarity savings and public procurement for enterprises serving people first."},
        {"Education and training",
         "Teaching cooperation from school to university and training the next generation of SSE leaders."},
        {"Commons and territories",
         "Land, water, energy and data managed as commons by the communities that depend on them."},
    };
    QList<Theme> list;
    for (int i = 0; i < 4; ++i)
        list << Theme{0, QStringLiteral("T") + QString::number(i + 1), QString::fromUtf8(rows[i].first),
                      QString::fromUtf8(rows[i].second)};
    return list;
}

QList<Room> rooms()
{
    const demo::Names names = demo::roomNames();
    static constexpr int capacities[] = {16, 18, 15, 20, 15, 17, 12, 18, 20, 16, 15, 24, 30,
                                         18, 15, 16, 20, 14, 18, 15, 22, 16, 15, 20, 17, 28};
    QList<Room> list{Room{0, QStringLiteral("HALL"), QStringLiteral("Main hall"), 400}};
    for (int i = 0; i < 26; ++i)
        list << Room{0, QStringLiteral("R%1").arg(i + 1, 2, 10, QChar(u'0')),
                     QString::fromUtf8(names[size_t(i)]), capacities[i]};
    return list;
}

QList<TimeSlot> timeSlots()
{
    struct Row
    {
        const char *key;
        int day, startH, startM, endH, endM;
        SlotKind kind;
        const char *title;
    };
    using K = SlotKind;
    // clang-format off
    static constexpr Row rows[] = {
        {"D1-OPEN", 0, 9, 30, 10, 30, K::Conference, "Opening ceremony and welcome of the delegations"},
        {"D1-CONF", 0, 10, 30, 12, 0, K::Conference, "Cooperation as an answer to fragmented economies"},
        {"D1-LUNCH", 0, 12, 0, 13, 30, K::Break, "Lunch"},
        {"D1-W1", 0, 13, 30, 15, 30, K::Workshops, ""},
        {"D1-BREAK", 0, 15, 30, 16, 0, K::Break, "Coffee break"},
        {"D1-RT", 0, 16, 0, 17, 30, K::RoundTable, "Young people building enterprises together"},
        {"D2-CONF", 1, 9, 0, 10, 0, K::Conference, "Ten years of solidarity finance in three continents"},
        {"D2-BREAK1", 1, 10, 0, 10, 30, K::Break, "Coffee break"},
        {"D2-W2", 1, 10, 30, 12, 30, K::Workshops, ""},
        {"D2-LUNCH", 1, 12, 30, 14, 0, K::Break, "Lunch"},
        {"D2-W3", 1, 14, 0, 16, 0, K::Workshops, ""},
        {"D2-BREAK2", 1, 16, 0, 16, 30, K::Break, "Coffee break"},
        {"D2-RT", 1, 16, 30, 18, 0, K::RoundTable, "Public authorities and the SSE: partners or patrons"},
        {"D3-RT", 2, 9, 0, 10, 30, K::RoundTable, "Reports from the workshops"},
        {"D3-BREAK", 2, 10, 30, 11, 0, K::Break, "Coffee break"},
        {"D3-DECL", 2, 11, 0, 12, 30, K::Conference, "Reading and adoption of the final declaration"},
        {"D3-CLOSE", 2, 12, 30, 13, 0, K::Conference, "Closing ceremony"},
    };
    // clang-format on
    QList<TimeSlot> list;
    for (const Row &r : rows) {
        const bool plenary = r.kind == K::Conference || r.kind == K::RoundTable;
        const QString room = plenary ? QStringLiteral("HALL") : QString();
        const QDate date = QDate(2026, 10, 14).addDays(r.day);
        list << TimeSlot{0,      QString::fromLatin1(r.key), date, {r.startH, r.startM}, {r.endH, r.endM},
                         r.kind, QString::fromUtf8(r.title), room};
    }
    return list;
}

/// Gives `count` roles to distinct present participants who have no role yet and pass `fits`.
template <typename Fits>
void assignRole(QList<Participant> &people, Rng &rng, Role role, int count, Fits fits)
{
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Participant &p = people.at(i);
        if (p.status == ParticipantStatus::Present && p.roles == Roles{Role::Participant} && fits(p))
            candidates << i;
    }
    for (int n = 0; n < count && !candidates.isEmpty(); ++n) {
        const qsizetype i = candidates.takeAt(rng.uniform(int(candidates.size())));
        if (role == Role::Organizer)
            people[i].roles = Roles{Role::Organizer};
        else
            people[i].roles.set(role);
    }
}

} // namespace

ForumData makeDemoForum()
{
    ForumData data;
    data.info = forumInfo();
    data.declaration = declarationTexts();
    data.themes = themes();
    data.rooms = rooms();
    data.timeSlots = timeSlots();

    Generator gen;
    for (const FixedPerson &f : fixedPeople) {
        data.participants << gen.person(specFor(f.country), &f);
        data.participants.last().status = ParticipantStatus::Present;
    }
    for (const demo::CountryProfile &c : demo::countryProfiles()) {
        qsizetype already = 0;
        for (const FixedPerson &f : fixedPeople)
            already += qstrcmp(f.country, c.code) == 0 ? 1 : 0;
        for (qsizetype i = already; i < c.count; ++i)
            data.participants << gen.person(c);
    }
    for (const char *code : {"FR", "SN", "BR", "CA", "MA", "IT"}) {
        data.participants << gen.person(specFor(code));
        data.participants.last().status = ParticipantStatus::Cancelled;
    }

    // Registration order: shuffle, then hand out the roles.
    Rng &rng = gen.rng();
    QList<Participant> &people = data.participants;
    for (qsizetype i = people.size() - 1; i > 0; --i)
        people.swapItemsAt(i, rng.uniform(int(i + 1)));

    assignRole(people, rng, Role::Organizer, 6, [](const Participant &p) { return p.country == u"FR"; });
    for (Participant &p : people) {
        if (p.roles.has(Role::Organizer)) {
            p.organisation = organizerName;
            p.category = Category::Practitioner;
            p.email = emailPart(p.firstName) + u'.' + emailPart(p.lastName) +
                      QStringLiteral("@rencontres-cimes.example");
        }
    }
    const auto speaksForumLanguage = [](const Participant &p) {
        return p.languages.contains(u"fr") || p.languages.contains(u"en") || p.languages.contains(u"es");
    };
    assignRole(people, rng, Role::Facilitator, 12, speaksForumLanguage);
    assignRole(people, rng, Role::Rapporteur, 12, speaksForumLanguage);
    assignRole(people, rng, Role::Speaker, 8, [](const Participant &p) {
        return p.category == Category::Academic || p.category == Category::SseEntrepreneur ||
               p.category == Category::InternationalOrganisation;
    });
    return data;
}

} // namespace cordee
