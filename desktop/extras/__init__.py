"""What else a resident is entitled to: holdings, eligibility rules, the proactive scan, retirement ages and importing the council's data. No Qt here."""
