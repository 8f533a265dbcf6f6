package main

import "fmt"

type Config struct {
	Name  string
	Port  int
	Debug bool
}

func main() {
	c := Config{
		Name:  42,
		Port:  "80",
		Debug: 1,
	}
	total := 1 +
		"two" +
		3
	fmt.Println(c,
		total,
		undefinedThing,
	)
}
