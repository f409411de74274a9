#include "proposalfields.h"

#include "actorsedit.h"
#include "forumdocument.h"
#include "sdg.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cordee {

namespace {

QIcon goalIcon(int goal)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgb(sdg::colour(goal)));
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ProposalFields::ProposalFields(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("proposalFields"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme of the proposal"));
    connect(m_theme, &QComboBox::activated, this, [this] {
        emitEdit(QStringLiteral("theme"),
                 [this](Proposal &p) { p.theme = m_theme->currentData().toString(); });
    });
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status of the proposal"));
    for (ProposalStatus s : vocab::proposalStatuses())
        m_status->addItem(vocab::label(s), int(s));
    // Merged is reached by merging, never chosen here.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model()))
        model->item(m_status->findData(int(ProposalStatus::Merged)))->setEnabled(false);
    connect(m_status, &QComboBox::activated, this,
            [this] { Q_EMIT statusChosen(m_key, ProposalStatus(m_status->currentData().toInt())); });
    m_support = new QSpinBox(this);
    m_support->setObjectName(QStringLiteral("supportSpin"));
    m_support->setAccessibleName(tr("Support in the room"));
    m_support->setRange(-1, 100000);
    m_support->setSpecialValueText(tr("unknown"));
    m_support->setToolTip(tr("How many supported the proposal in the room"));
    connect(m_support, &QSpinBox::valueChanged, this, [this](int value) {
        emitEdit(QStringLiteral("support"), [value](Proposal &p) { p.support = value; });
    });
    m_rapporteur = new QComboBox(this);
    m_rapporteur->setObjectName(QStringLiteral("rapporteurCombo"));
    m_rapporteur->setAccessibleName(tr("Rapporteur"));
    m_rapporteur->setMinimumContentsLength(12);
    m_rapporteur->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_rapporteur, &QComboBox::activated, this, [this] {
        emitEdit(QStringLiteral("rapporteur"),
                 [this](Proposal &p) { p.rapporteurId = m_rapporteur->currentData().toLongLong(); });
    });
    m_actors = new ActorsEdit(this);
    m_actors->setObjectName(QStringLiteral("actorsEdit"));
    connect(m_actors, &ActorsEdit::actorsEdited, this, [this](const QStringList &actors) {
        emitEdit(QStringLiteral("actors"), [&actors](Proposal &p) { p.actors = actors; });
    });

    m_sdgs = new QListWidget(this);
    m_sdgs->setObjectName(QStringLiteral("sdgList"));
    m_sdgs->setAccessibleName(tr("Sustainable Development Goals"));
    m_sdgs->setUniformItemSizes(true);
    // Long goal names (in French, Spanish) end in "…" and are named in full on hover, no sideways scrolling.
    m_sdgs->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sdgs->setTextElideMode(Qt::ElideRight);
    for (int goal : sdg::all()) {
        auto *item = new QListWidgetItem(goalIcon(goal), sdg::label(goal), m_sdgs);
        item->setData(Qt::UserRole, goal);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(sdg::label(goal));
    }
    connect(m_sdgs, &QListWidget::itemChanged, this, [this] {
        QList<int> goals;
        for (int i = 0; i < m_sdgs->count(); ++i)
            if (m_sdgs->item(i)->checkState() == Qt::Checked)
                goals << m_sdgs->item(i)->data(Qt::UserRole).toInt();
        emitEdit(QStringLiteral("sdgs"), [&goals](Proposal &p) { p.sdgs = goals; });
    });

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("S&upport:"), m_support);
    form->addRow(tr("Ra&pporteur:"), m_rapporteur);
    form->addRow(tr("A&ctors:"), m_actors);
    auto *goalsLabel = new QLabel(tr("Sustainable &Development Goals:"), this);
    goalsLabel->setBuddy(m_sdgs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(goalsLabel);
    layout->addWidget(m_sdgs, 1);
    showProposal({});
}

void ProposalFields::setDocument(ForumDocument *document)
{
    m_document = document;
    m_key.clear();
    refreshChoices();
    showProposal({});
}

void ProposalFields::refreshChoices()
{
    {
        const QSignalBlocker block(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("No theme"), QString());
        if (m_document)
            for (const Theme &t : m_document->themes())
                m_theme->addItem(t.title, t.key);
    }
    {
        const QSignalBlocker block(m_rapporteur);
        m_rapporteur->clear();
        m_rapporteur->addItem(tr("Not known"), qint64(0));
        if (m_document) {
            // Those with the rapporteur's role first, then everyone else, each in alphabetical order.
            QList<const Participant *> rapporteurs, others;
            for (const Participant &p : m_document->participants())
                (p.roles.has(Role::Rapporteur) ? rapporteurs : others) << &p;
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            const auto byName = [&](const Participant *a, const Participant *b) {
                return collator.compare(a->displayName(), b->displayName()) < 0;
            };
            std::sort(rapporteurs.begin(), rapporteurs.end(), byName);
            std::sort(others.begin(), others.end(), byName);
            for (const Participant *p : std::as_const(rapporteurs))
                m_rapporteur->addItem(p->displayName() + QStringLiteral(" — ") + tr("rapporteur"), p->id);
            m_rapporteur->insertSeparator(m_rapporteur->count());
            for (const Participant *p : std::as_const(others))
                m_rapporteur->addItem(p->displayName(), p->id);
        }
    }
    refreshProposal();
}

void ProposalFields::refreshProposal()
{
    QStringList known;
    if (m_document)
        for (const Proposal &p : m_document->proposals().proposals)
            known << p.actors;
    // A word typed changes no actor: the list is folded again only when they changed.
    if (known != m_knownActors) {
        m_knownActors = known;
        m_actors->setKnownActors(normalizedActors(known));
    }
    showProposal(m_key);
}

void ProposalFields::showProposal(const QString &key)
{
    const Proposal *p = m_document ? m_document->proposals().find(key) : nullptr;
    m_key = p ? key : QString();
    for (QWidget *w : {static_cast<QWidget *>(m_theme), static_cast<QWidget *>(m_status),
                       static_cast<QWidget *>(m_support), static_cast<QWidget *>(m_rapporteur),
                       static_cast<QWidget *>(m_actors), static_cast<QWidget *>(m_sdgs)})
        w->setEnabled(p != nullptr);
    if (!p) {
        m_title->setText(tr("Type a proposal to describe it here."));
        fill(Proposal{});
        return;
    }
    m_title->setText(tr("Proposal %1").arg(p->key));
    fill(*p);
    // A merged proposal is history: its fields stay as they were.
    if (p->status == ProposalStatus::Merged)
        for (QWidget *w : {static_cast<QWidget *>(m_theme), static_cast<QWidget *>(m_support),
                           static_cast<QWidget *>(m_rapporteur), static_cast<QWidget *>(m_actors),
                           static_cast<QWidget *>(m_sdgs)})
            w->setEnabled(false);
}

void ProposalFields::fill(const Proposal &p)
{
    const QSignalBlocker b1(m_theme), b2(m_status), b3(m_support), b4(m_rapporteur), b5(m_sdgs);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(p.theme)));
    m_status->setCurrentIndex(m_status->findData(int(p.status)));
    m_support->setValue(p.support);
    m_rapporteur->setCurrentIndex(qMax(0, m_rapporteur->findData(p.rapporteurId)));
    m_actors->setActors(p.actors);
    for (int i = 0; i < m_sdgs->count(); ++i) {
        QListWidgetItem *item = m_sdgs->item(i);
        item->setCheckState(p.sdgs.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ProposalFields::emitEdit(const QString &field, const std::function<void(Proposal &)> &change)
{
    const Proposal *old = m_document ? m_document->proposals().find(m_key) : nullptr;
    if (!old)
        return;
    Proposal changed = *old;
    change(changed);
    changed.sdgs = normalizedSdgs(changed.sdgs);
    changed.actors = normalizedActors(changed.actors);
    if (!(changed == *old))
        Q_EMIT edited(changed, field);
}

} // namespace cordee
