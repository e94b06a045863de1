package xlsx

// ParseDateCell exposes the date reader to the black-box tests and the fuzz target.
var ParseDateCell = parseDateCell
