package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "x", iota
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%08b %T %v\n", FlagA|FlagC, FlagB, ^FlagA)
	fmt.Println(FlagA|FlagB|FlagC == 7, FlagC&^FlagC)
}
