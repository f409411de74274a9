#include "demoproposals.h"

#include "proposallineage.h"

#include <QMap>

#include <algorithm>
#include <array>

namespace cordee {

namespace {

/// One ask as the workshops word it, in each working language, with its tags.
struct Idea
{
    const char *en;
    const char *fr;
    const char *es;
    std::array<int, 3> sdgs; ///< 0: none
    const char *actor;       ///< nullptr: none
};

/// A detail a workshop adds under a proposal of its theme, as a sub-point.
struct Detail
{
    const char *en;
    const char *fr;
    const char *es;
};

/// Per theme: six asks the workshops share, then one the committee will reject, and three details.
struct ThemeTexts
{
    std::array<Idea, 7> ideas;
    std::array<Detail, 3> details;
};

constexpr int SharedIdeas = 6;
constexpr int RejectedIdea = 6;

// Written for the demo, per theme of the demo forum (T1 impact, T2 finance, T3 education, T4 commons).
// clang-format off
const std::array<ThemeTexts, 4> kThemes{{
    {{{
        {"Adopt a short common set of social impact indicators that any cooperative, mutual or association can fill in within a day.",
         "Adopter un socle court et commun d'indicateurs d'impact social, que toute coopérative, mutuelle ou association puisse renseigner en une journée.",
         "Adoptar un conjunto breve y común de indicadores de impacto social que cualquier cooperativa, mutual o asociación pueda completar en un día.",
         {17, 8, 0}, "SSE networks"},
        {"Count volunteer hours in the accounts of associations, so that their contribution shows next to paid work.",
         "Comptabiliser les heures de bénévolat dans les comptes des associations, pour que leur apport apparaisse à côté du travail salarié.",
         "Contabilizar las horas de voluntariado en las cuentas de las asociaciones para que su aporte aparezca junto al trabajo remunerado.",
         {8, 0, 0}, "Accounting standard setters"},
        {"Ask national statistics offices to publish a satellite account of the social and solidarity economy every two years.",
         "Demander aux instituts statistiques nationaux de publier tous les deux ans un compte satellite de l'économie sociale et solidaire.",
         "Pedir a los institutos nacionales de estadística que publiquen cada dos años una cuenta satélite de la economía social y solidaria.",
         {17, 0, 0}, "National statistics offices"},
        {"Let small associations report their impact on a single page instead of the full reports asked of large enterprises.",
         "Permettre aux petites associations de rendre compte de leur impact sur une seule page, plutôt que par les rapports complets exigés des grandes entreprises.",
         "Permitir que las pequeñas asociaciones informen de su impacto en una sola página en lugar de los informes completos que se piden a las grandes empresas.",
         {16, 0, 0}, nullptr},
        {"Involve the people an enterprise serves in evaluating its impact, not only its funders and managers.",
         "Associer les personnes accompagnées à l'évaluation de l'impact, et pas seulement les financeurs et les dirigeants.",
         "Involucrar a las personas atendidas en la evaluación del impacto, y no solo a los financiadores y a la dirección.",
         {10, 16, 0}, nullptr},
        {"Publish impact data as open data, so that researchers and local authorities can compare territories.",
         "Publier les données d'impact en données ouvertes, pour que chercheurs et collectivités puissent comparer les territoires.",
         "Publicar los datos de impacto como datos abiertos para que investigadores y gobiernos locales puedan comparar territorios.",
         {9, 17, 0}, "Local authorities"},
        {"Award a yearly prize to the cooperative with the best impact figures.",
         "Remettre chaque année un prix à la coopérative qui affiche les meilleurs chiffres d'impact.",
         "Entregar cada año un premio a la cooperativa con las mejores cifras de impacto.",
         {0, 0, 0}, nullptr},
    }},
     {{
        {"Start with the enterprises that already publish a social report.",
         "Commencer par les entreprises qui publient déjà un rapport social.",
         "Empezar por las empresas que ya publican un informe social."},
        {"Make the tools available in the three languages of the forum.",
         "Rendre les outils disponibles dans les trois langues du forum.",
         "Ofrecer las herramientas en los tres idiomas del foro."},
        {"Review them with the networks after two years.",
         "Les revoir avec les réseaux au bout de deux ans.",
         "Revisarlos con las redes al cabo de dos años."},
    }}},
    {{{
        {"Create a public guarantee fund so that banks lend to small cooperatives without asking their members for personal guarantees.",
         "Créer un fonds de garantie public pour que les banques prêtent aux petites coopératives sans exiger de cautions personnelles de leurs membres.",
         "Crear un fondo de garantía público para que los bancos presten a las pequeñas cooperativas sin exigir avales personales a sus socios.",
         {8, 10, 0}, "Public development banks"},
        {"Give a tax advantage to savings placed in solidarity funds that invest in social and solidarity economy enterprises.",
         "Accorder un avantage fiscal à l'épargne placée dans des fonds solidaires qui investissent dans les entreprises de l'ESS.",
         "Conceder una ventaja fiscal al ahorro colocado en fondos solidarios que invierten en empresas de la economía social y solidaria.",
         {8, 0, 0}, "States"},
        {"Reserve a share of public procurement for social enterprises and work-integration cooperatives.",
         "Réserver une part de la commande publique aux entreprises sociales et aux coopératives d'insertion.",
         "Reservar una parte de la contratación pública a las empresas sociales y a las cooperativas de inserción laboral.",
         {8, 12, 0}, "Local authorities"},
        {"Set up patient capital funds that accept low returns over ten years, to help cooperatives grow.",
         "Mettre en place des fonds de capital patient, qui acceptent un rendement faible sur dix ans, pour aider les coopératives à grandir.",
         "Crear fondos de capital paciente que acepten una rentabilidad baja a diez años para ayudar a crecer a las cooperativas.",
         {8, 9, 0}, nullptr},
        {"Open microcredit lines without personal collateral for rural women's cooperatives.",
         "Ouvrir des lignes de microcrédit sans garantie personnelle pour les coopératives de femmes rurales.",
         "Abrir líneas de microcrédito sin garantía personal para las cooperativas de mujeres rurales.",
         {1, 5, 0}, "Microfinance institutions"},
        {"Train cooperative bank staff to read the business plans of social enterprises, and publish each year how much each bank lends to them.",
         "Former les chargés d'affaires des banques coopératives à lire les plans d'affaires des entreprises sociales, et publier chaque année ce que chaque banque leur prête.",
         "Formar al personal de la banca cooperativa para leer los planes de negocio de las empresas sociales, y publicar cada año cuánto les presta cada banco.",
         {8, 0, 0}, "Cooperative banks"},
        {"Replace grants to associations by loans that they pay back.",
         "Remplacer les subventions aux associations par des prêts qu'elles remboursent.",
         "Sustituir las subvenciones a las asociaciones por préstamos que devuelvan.",
         {0, 0, 0}, nullptr},
    }},
     {{
        {"Give priority to enterprises led by young people or by women.",
         "Donner la priorité aux entreprises dirigées par des jeunes ou par des femmes.",
         "Dar prioridad a las empresas dirigidas por jóvenes o por mujeres."},
        {"Open it to associations that employ staff, not only to cooperatives.",
         "L'ouvrir aux associations employeuses, pas seulement aux coopératives.",
         "Abrirlo a las asociaciones con personal asalariado, no solo a las cooperativas."},
        {"Report on the results at the next forum.",
         "En présenter les résultats au prochain forum.",
         "Presentar los resultados en el próximo foro."},
    }}},
    {{{
        {"Teach cooperation from primary school, through class projects that pupils decide and run together.",
         "Enseigner la coopération dès l'école primaire, avec des projets de classe que les élèves décident et mènent ensemble.",
         "Enseñar la cooperación desde la escuela primaria con proyectos de clase que el alumnado decide y lleva a cabo en conjunto.",
         {4, 0, 0}, "Ministries of education"},
        {"Open a university degree in managing social and solidarity economy enterprises in every region.",
         "Ouvrir dans chaque région un diplôme universitaire de gestion des entreprises de l'économie sociale et solidaire.",
         "Abrir en cada región un título universitario de gestión de empresas de la economía social y solidaria.",
         {4, 8, 0}, "Universities"},
        {"Run cooperative incubators in vocational high schools, so that young people can start a collective enterprise before they graduate.",
         "Créer des incubateurs coopératifs dans les lycées professionnels, pour que les jeunes puissent lancer une entreprise collective avant leur diplôme.",
         "Crear incubadoras cooperativas en los institutos de formación profesional para que los jóvenes puedan montar una empresa colectiva antes de titularse.",
         {4, 8, 0}, nullptr},
        {"Launch an exchange programme for young cooperators between Africa, Latin America and Europe.",
         "Lancer un programme d'échanges de jeunes coopérateurs entre l'Afrique, l'Amérique latine et l'Europe.",
         "Lanzar un programa de intercambio de jóvenes cooperativistas entre África, América Latina y Europa.",
         {4, 17, 0}, "European Union"},
        {"Recognise the skills gained in volunteering with an official certificate that employers know.",
         "Reconnaître les compétences acquises dans le bénévolat par un certificat officiel connu des employeurs.",
         "Reconocer las competencias adquiridas en el voluntariado con un certificado oficial que los empleadores conozcan.",
         {4, 8, 0}, nullptr},
        {"Train local elected officials in what the social and solidarity economy is and how to work with it.",
         "Former les élus locaux à ce qu'est l'économie sociale et solidaire et à la manière de travailler avec elle.",
         "Formar a los cargos electos locales sobre qué es la economía social y solidaria y cómo trabajar con ella.",
         {16, 0, 0}, "Local authorities"},
        {"Make a course on cooperatives compulsory in every business school.",
         "Rendre obligatoire un cours sur les coopératives dans toutes les écoles de commerce.",
         "Hacer obligatorio un curso sobre cooperativas en todas las escuelas de negocios.",
         {0, 0, 0}, nullptr},
    }},
     {{
        {"Involve practitioners of the social economy as teachers and mentors.",
         "Faire intervenir des praticiens de l'économie sociale comme enseignants et tuteurs.",
         "Contar con profesionales de la economía social como docentes y mentores."},
        {"Pay particular attention to young people in rural areas.",
         "Porter une attention particulière aux jeunes des zones rurales.",
         "Prestar especial atención a los jóvenes de las zonas rurales."},
        {"Build the programme with teachers and their unions.",
         "Construire le programme avec les enseignants et leurs syndicats.",
         "Construir el programa con el profesorado y sus sindicatos."},
    }}},
    {{{
        {"Recognise in law the right of local communities to manage their water sources as commons.",
         "Reconnaître dans la loi le droit des communautés locales à gérer leurs sources d'eau comme des communs.",
         "Reconocer en la ley el derecho de las comunidades locales a gestionar sus fuentes de agua como bienes comunes.",
         {6, 16, 0}, "States"},
        {"Guarantee a purchase price for the electricity produced by citizen renewable energy cooperatives.",
         "Garantir un tarif d'achat pour l'électricité produite par les coopératives citoyennes d'énergie renouvelable.",
         "Garantizar un precio de compra para la electricidad producida por las cooperativas ciudadanas de energía renovable.",
         {7, 13, 0}, "Energy regulators"},
        {"Create community land trusts to take farmland and land for housing out of speculation.",
         "Créer des fiducies foncières communautaires pour soustraire les terres agricoles et le foncier du logement à la spéculation.",
         "Crear fideicomisos comunitarios de tierras para sacar de la especulación la tierra agrícola y el suelo para vivienda.",
         {2, 11, 15}, nullptr},
        {"Treat data collected with citizens as a commons: open, and governed by those who contribute it.",
         "Traiter les données collectées avec les citoyens comme un commun : ouvertes, et gouvernées par celles et ceux qui les fournissent.",
         "Tratar los datos recogidos con la ciudadanía como un bien común: abiertos y gobernados por quienes los aportan.",
         {9, 16, 0}, nullptr},
        {"Lend empty public buildings free of charge to cooperatives and associations that bring them back to life.",
         "Prêter gratuitement les bâtiments publics vides aux coopératives et associations qui les font revivre.",
         "Ceder gratuitamente los edificios públicos vacíos a las cooperativas y asociaciones que los devuelven a la vida.",
         {11, 0, 0}, "Local authorities"},
        {"Give mountain villages a say in managing their forests as shared resources, with the income reinvested locally.",
         "Donner aux villages de montagne voix au chapitre dans la gestion de leurs forêts comme ressources partagées, les revenus étant réinvestis sur place.",
         "Dar a los pueblos de montaña voz en la gestión de sus bosques como recursos compartidos, con los ingresos reinvertidos en el lugar.",
         {15, 13, 0}, nullptr},
        {"Hold the forum in a different mountain range every year.",
         "Organiser chaque année le forum dans un autre massif montagneux.",
         "Celebrar cada año el foro en una cordillera distinta.",
         {0, 0, 0}, nullptr},
    }},
     {{
        {"Start with pilot territories in the Alps and the Andes.",
         "Commencer par des territoires pilotes dans les Alpes et les Andes.",
         "Empezar por territorios piloto en los Alpes y los Andes."},
        {"Give the users a seat in the body that governs it.",
         "Donner un siège aux usagers dans l'instance qui le gouverne.",
         "Dar un asiento a las personas usuarias en el órgano que lo gobierna."},
        {"Protect it from later sale by a clause in the statutes.",
         "Le protéger d'une vente ultérieure par une clause dans les statuts.",
         "Protegerlo de una venta posterior mediante una cláusula en los estatutos."},
    }}},
}};

/// The two asks of the finance theme's double proposal, as the committee splits them (in French, the
/// declaration's language).
constexpr std::array<const char *, 2> kSplitParts{
    "Former les chargés d'affaires des banques coopératives à lire les plans d'affaires des entreprises sociales.",
    "Publier chaque année ce que chaque banque prête aux entreprises sociales."};
constexpr int SplitIdea = 5; // of the finance theme
// clang-format on

QString inLanguage(const char *en, const char *fr, const char *es, const QString &language)
{
    return QString::fromUtf8(language == u"fr" ? fr : language == u"es" ? es : en);
}

int themeIndex(const QString &themeKey)
{
    // The demo's themes are T1…T4; a workshop of another theme speaks of impact.
    const int n = themeKey.startsWith(u'T') ? QStringView(themeKey).mid(1).toInt() : 0;
    return n >= 1 && n <= int(kThemes.size()) ? n - 1 : 0;
}

/// Which idea a workshop's proposal is about, for the committee's choices below.
struct Origin
{
    int theme = 0;
    int idea = 0;        ///< for a sub-point: -1 - the index of its detail
    bool french = false; ///< written in French, the declaration's language (the forum's first)
};

/// The workshops' own proposals, before the committee: `origins` gets what each top-level proposal is about.
ProposalSet workshopProposals(QList<Workshop> workshops, const QHash<QString, qint64> &rapporteurs,
                              QHash<QString, Origin> &origins)
{
    std::sort(workshops.begin(), workshops.end(),
              [](const Workshop &a, const Workshop &b) { return a.key < b.key; });
    ProposalSet set;
    std::array<int, 4> seen{}; // workshops met so far per theme
    int number = 0;
    auto add = [&](Proposal p) {
        p.key = QStringLiteral("P-%1").arg(++number, 4, 10, QChar(u'0'));
        set.proposals << p;
        return p.key;
    };
    for (const Workshop &w : std::as_const(workshops)) {
        const int t = themeIndex(w.theme);
        const int i = seen[std::size_t(t)]++;
        const ThemeTexts &texts = kThemes[std::size_t(t)];
        const int count = 2 + (i * 7 + 3) % 3;
        for (int k = 0; k < count; ++k) {
            const int idea = (i % 5 == 4 && k == count - 1) ? RejectedIdea : (i * 2 + k) % SharedIdeas;
            const Idea &d = texts.ideas[std::size_t(idea)];
            Proposal p;
            p.workshop = w.key;
            p.theme = w.theme;
            p.text = inLanguage(d.en, d.fr, d.es, w.language);
            p.status = ProposalStatus::Submitted;
            p.position = k;
            p.rapporteurId = rapporteurs.value(w.key);
            for (int g : d.sdgs)
                if (g)
                    p.sdgs << g;
            p.sdgs = normalizedSdgs(p.sdgs);
            if (d.actor)
                p.actors << QString::fromUtf8(d.actor);
            p.support = 4 + (i * 5 + k * 3) % 11;
            // The last slot's rapporteurs had not finished: their last proposal is still a draft.
            if (w.slot.endsWith(u"W3") && k == count - 1 && i % 3 == 0) {
                p.status = ProposalStatus::Draft;
                p.support = -1;
            }
            const QString key = add(p);
            origins.insert(key, Origin{t, idea, w.language == u"fr"});
            if (k != 0 || i % 3 != 1)
                continue;
            // Details the room added under its first proposal.
            for (int s = 0; s < (i % 6 == 1 ? 2 : 1); ++s) {
                const Detail &detail = texts.details[std::size_t((i / 3 + s) % 3)];
                Proposal sub = p;
                sub.parent = key;
                sub.text = inLanguage(detail.en, detail.fr, detail.es, w.language);
                sub.position = s;
                sub.sdgs.clear();
                sub.actors.clear();
                sub.support = -1;
                origins.insert(add(sub), Origin{t, -1 - (i / 3 + s) % 3, w.language == u"fr"});
            }
        }
    }
    return set;
}

/// Applies a planned edit the demo knows to be sound.
void apply(ProposalSet &set, const Result<ProposalEdit> &edit)
{
    if (edit)
        (void)edit->applyTo(set);
}

/// The first `n` proposals about `idea` of `theme` that are still open, by key; those in French first when
/// `french` (a proposal retained as it is goes into the declaration as it is).
QStringList openAbout(const ProposalSet &set, const QHash<QString, Origin> &origins, int theme, int idea,
                      int n, bool french = false)
{
    QStringList first, others;
    for (const Proposal &p : set.proposals) {
        const auto it = origins.constFind(p.key);
        if (it != origins.cend() && it->theme == theme && it->idea == idea &&
            p.status != ProposalStatus::Merged && p.status != ProposalStatus::Draft)
            (french && !it->french ? others : first) << p.key;
    }
    return (first + others).mid(0, n);
}

} // namespace

ProposalSet makeDemoProposals(const QList<Workshop> &workshops, const QHash<QString, qint64> &rapporteurs)
{
    QHash<QString, Origin> origins;
    ProposalSet set = workshopProposals(workshops, rapporteurs, origins);

    // The committee, theme by theme: merges the asks that came from several rooms (in French, the
    // declaration's language), retains a few more, splits the finance theme's double ask, rejects the
    // asks it keeps out of the declaration.
    QStringList retained;
    for (int t = 0; t < int(kThemes.size()); ++t) {
        const ThemeTexts &texts = kThemes[std::size_t(t)];
        for (const auto &[idea, sources] : {std::pair{0, 3}, std::pair{2, 2}}) {
            const QStringList keys = openAbout(set, origins, t, idea, sources);
            if (keys.size() < 2)
                continue;
            const QString key = nextProposalKey(set);
            apply(set, planMerge(set, keys, QString::fromUtf8(texts.ideas[std::size_t(idea)].fr), key));
            apply(set, planSetStatus(set, key, ProposalStatus::Retained));
            retained << key;
        }
        for (int idea : {1, 3, SplitIdea}) {
            const bool split = t == 1 && idea == SplitIdea;
            const QStringList keys = openAbout(set, origins, t, idea, 2, !split);
            if (keys.isEmpty())
                continue;
            QString key = keys.constFirst();
            if (split) {
                const QStringList parts = nextProposalKeys(set, 2);
                apply(set, planSetStatus(set, key, ProposalStatus::Retained));
                apply(set, planSplit(set, key,
                                     {QString::fromUtf8(kSplitParts[0]), QString::fromUtf8(kSplitParts[1])},
                                     parts));
                retained << parts;
                continue;
            }
            // No room wrote it in French: the committee merges two rooms' wordings into its own.
            if (!origins.value(key).french && keys.size() == 2) {
                key = nextProposalKey(set);
                apply(set, planMerge(set, keys, QString::fromUtf8(texts.ideas[std::size_t(idea)].fr), key));
            }
            apply(set, planSetStatus(set, key, ProposalStatus::Retained));
            retained << key;
        }
        for (const QString &key : openAbout(set, origins, t, RejectedIdea, 100))
            apply(set, planSetStatus(set, key, ProposalStatus::Rejected));
    }
    // Rooms that added the same detail under asks now merged into one: the committee keeps it once, in
    // French; a detail only one room wrote, in another language, it translates.
    for (const QString &parentKey : std::as_const(retained)) {
        QMap<int, QStringList> byDetail;
        int theme = 0;
        for (const Proposal &p : set.proposals) {
            const auto it = origins.constFind(p.key);
            if (p.parent == parentKey && p.status != ProposalStatus::Merged && it != origins.cend() &&
                it->idea < 0) {
                byDetail[-1 - it->idea] << p.key;
                theme = it->theme;
            }
        }
        for (auto it = byDetail.cbegin(); it != byDetail.cend(); ++it) {
            const QString french =
                QString::fromUtf8(kThemes[std::size_t(theme)].details[std::size_t(it.key())].fr);
            if (it->size() >= 2) {
                apply(set, planMerge(set, *it, french, {}));
            } else if (!origins.value(it->constFirst()).french) {
                Proposal translated = *set.find(it->constFirst());
                translated.text = french;
                apply(set, planUpdate(set, translated));
            }
        }
    }
    // The declaration's order: by theme, merged asks first, as listed above.
    apply(set, planReorder(set, retained));
    return set;
}

} // namespace cordee
