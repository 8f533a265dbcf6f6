package os

var Args []string

func Exit(code int)
