package main

import "fmt"

type Level uint8

const (
	Low Level = iota * 100
	Mid
	High
	Extreme
)

func main() {
	fmt.Println(Low, Mid, High, Extreme)
}
