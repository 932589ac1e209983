#pragma once

#include <QString>

namespace funnelscope {

class Workspace;

// Fills a demo workspace's Goals & reviews: six realistic goals, two past quarterly reviews with their numbers as
// they were, and the decisions taken in them. Run after the demo data is imported.
class DemoGoals
{
public:
    // Returns an error message, or empty.
    static QString install(Workspace &workspace);
};

} // namespace funnelscope
