package main

type MyFloat float64

func main() {
	defer func() {
		recover()
		panic(MyFloat(2.5))
	}()
	panic(1.5)
}
