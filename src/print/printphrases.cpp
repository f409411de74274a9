#include "printphrases.h"

#include <QStringList>

namespace cordee::print {

namespace {

Phrases english()
{
    return {QStringLiteral("en"),
            QStringLiteral("Attendance sheet"),
            QStringLiteral("Personal programme"),
            QStringLiteral("Slot"),
            QStringLiteral("Room"),
            QStringLiteral("Theme"),
            QStringLiteral("Language"),
            QStringLiteral("Facilitator"),
            QStringLiteral("Rapporteur"),
            QStringLiteral("No."),
            QStringLiteral("Name"),
            QStringLiteral("Country"),
            QStringLiteral("Signature"),
            QStringLiteral("members"),
            QStringLiteral("Your workshop"),
            QStringLiteral("No workshop"),
            QStringLiteral("Plenary"),
            QStringLiteral("Break"),
            {QStringLiteral("Participant"), QStringLiteral("Facilitator"), QStringLiteral("Rapporteur"),
             QStringLiteral("Speaker"), QStringLiteral("Guest of honour"), QStringLiteral("Organizer")}};
}

Phrases french()
{
    return {QStringLiteral("fr"),
            QStringLiteral("Feuille d’émargement"),
            QStringLiteral("Programme personnel"),
            QStringLiteral("Créneau"),
            QStringLiteral("Salle"),
            QStringLiteral("Thème"),
            QStringLiteral("Langue"),
            QStringLiteral("Animation"),
            QStringLiteral("Rapporteur ou rapporteuse"),
            QStringLiteral("N°"),
            QStringLiteral("Nom"),
            QStringLiteral("Pays"),
            QStringLiteral("Signature"),
            QStringLiteral("membres"),
            QStringLiteral("Votre atelier"),
            QStringLiteral("Pas d’atelier"),
            QStringLiteral("Plénière"),
            QStringLiteral("Pause"),
            {QStringLiteral("Participant·e"), QStringLiteral("Animation"), QStringLiteral("Rapporteur·e"),
             QStringLiteral("Intervenant·e"), QStringLiteral("Invité·e d’honneur"),
             QStringLiteral("Organisation")}};
}

Phrases spanish()
{
    return {QStringLiteral("es"),
            QStringLiteral("Hoja de asistencia"),
            QStringLiteral("Programa personal"),
            QStringLiteral("Franja"),
            QStringLiteral("Sala"),
            QStringLiteral("Tema"),
            QStringLiteral("Idioma"),
            QStringLiteral("Facilitación"),
            QStringLiteral("Relatoría"),
            QStringLiteral("N.º"),
            QStringLiteral("Nombre"),
            QStringLiteral("País"),
            QStringLiteral("Firma"),
            QStringLiteral("miembros"),
            QStringLiteral("Su taller"),
            QStringLiteral("Sin taller"),
            QStringLiteral("Plenaria"),
            QStringLiteral("Pausa"),
            {QStringLiteral("Participante"), QStringLiteral("Facilitación"), QStringLiteral("Relatoría"),
             QStringLiteral("Ponente"), QStringLiteral("Invitado/a de honor"),
             QStringLiteral("Organización")}};
}

bool printable(const QString &language)
{
    return language == u"en" || language == u"fr" || language == u"es";
}

} // namespace

const Phrases &phrases(const QString &language)
{
    static const Phrases en = english();
    static const Phrases fr = french();
    static const Phrases es = spanish();
    if (language == u"fr")
        return fr;
    if (language == u"es")
        return es;
    return en;
}

QString documentLanguage(const QStringList &languages, const QString &fallback)
{
    for (const QString &l : languages)
        if (printable(l.toLower()))
            return l.toLower();
    return printable(fallback) ? fallback : QStringLiteral("en");
}

} // namespace cordee::print
