#include "app/core/models/incidentcommands.h"

namespace fc {

IncidentStepCommand::IncidentStepCommand(Store *store, const IncidentStep &step, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store), m_step(step)
{
}

void IncidentStepCommand::redo()
{
    if (m_store)
        m_last = m_store->apply(m_step.forward, QStringLiteral("redo"));
}

void IncidentStepCommand::undo()
{
    if (m_store)
        m_last = m_store->apply(m_step.backward, QStringLiteral("undo"));
}

} // namespace fc
