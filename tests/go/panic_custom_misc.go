package main

import "fmt"

type Key string

func main() {
	defer fmt.Println("deferred print runs before the report")
	var p *int
	_ = p
	panic(Key("named string"))
}
