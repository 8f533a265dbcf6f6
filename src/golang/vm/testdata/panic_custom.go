package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	defer fmt.Println("deferred runs")
	var err error = E{"bad"}
	panic(err)
}
