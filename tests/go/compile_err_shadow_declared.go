package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n > 100 {
		n, err := strconv.Atoi("100")
		return n, nil
	}
	return n, nil
}

func main() {
	v, err := parse("5")
	fmt.Println(v)
}
