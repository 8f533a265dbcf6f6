package main

func main() {
	s := []int{}
	defer append(s, 1)
	go cap(s)
	defer new(int)
	x := 1.5
	go min(x, 2)
}
