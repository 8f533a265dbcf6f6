package main

func main() {
	var x _
	y := []_{}
	z := _ + 1
	_(1)
	_, _, _ = x, y, z
}
