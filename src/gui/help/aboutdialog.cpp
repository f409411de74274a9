#include "aboutdialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cordee {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Cordée"));

    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Cordée %1</h2>").arg(QStringLiteral(CORDEE_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutVersion"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<p>From the participants of an international forum to its final declaration: registration, "
           "programme, workshops, proposals and the declaration in English, French and Spanish.</p>") +
        tr("<p>Cordée is free software: you may share and change it under the terms of the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, version 3 "
           "or any later version</a> (GPL-3.0-or-later). It comes with no warranty.</p>") +
        tr("<h4>Data and artwork</h4>") +
        tr("<ul><li><b>Country names</b> in English, French and Spanish: Debian's <i>iso-codes</i> "
           "(ISO 3166-1), LGPL-2.1-or-later, with Cordée's own table of continents.</li>"
           "<li><b>Icons</b>: KDE's Breeze and Breeze Dark icon themes, © KDE Visual Design Group, "
           "LGPL-3.0-or-later; the application icon is Cordée's own (GPL-3.0-or-later).</li>"
           "<li><b>Fonts</b> of the declaration and the printed documents: Noto, from Debian's "
           "<i>fonts-noto-core</i> and <i>fonts-noto-cjk</i>, SIL Open Font License 1.1; used from the "
           "system, not bundled.</li></ul>"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QVBoxLayout;
    body->addWidget(title);
    body->addWidget(text, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(logo);
    row->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace cordee
